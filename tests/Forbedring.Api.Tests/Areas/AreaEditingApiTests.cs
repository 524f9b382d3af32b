using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Areas;

public sealed class AreaEditingApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private async Task<JsonElement> NewAreaAsync() => await http.CreateAreaAsync(await http.NetworkWithServiceAsync());

    private Task<JsonElement> StatusErrorsAsync(string areaId, string status, string? date = null) =>
        http.MutateErrorsAsync("changeAreaStatus", "improvementArea", "ChangeAreaStatusInput", new { areaId, status, date });

    [Fact]
    public async Task The_aim_is_edited_and_a_later_save_on_the_old_version_is_refused_as_changed_by_someone_else()
    {
        var area = await NewAreaAsync();
        var edited = await http.MutateOkAsync("updateImprovementArea", "improvementArea", "UpdateImprovementAreaInput",
            new { id = area.Id(), expectedVersion = 1, title = "Trygge overflyttinger", aim = new { what = "Sjekkliste", howMuch = "90 %", byWhen = "2021-12-31" } },
            "version aim { howMuch byWhen }");
        Assert.Equal(2, edited.GetProperty("version").GetInt32());

        var errors = await http.MutateErrorsAsync("updateImprovementArea", "improvementArea", "UpdateImprovementAreaInput",
            new { id = area.Id(), expectedVersion = 1, title = "Min gamle versjon", aim = new { howMuch = "50 %" } });

        Assert.Contains("CHANGED_BY_SOMEONE_ELSE", errors.Codes());
        var stored = await http.AreaAsync(area.Id());
        Assert.Equal("Trygge overflyttinger", stored.GetProperty("title").GetString());
        Assert.Equal("90 %", stored.GetProperty("aim").GetProperty("howMuch").GetString());
    }

    [Fact]
    public async Task Updating_with_an_empty_title_an_unknown_focus_area_or_an_unknown_area_is_refused()
    {
        var area = await NewAreaAsync();
        var errors = await http.MutateErrorsAsync("updateImprovementArea", "improvementArea", "UpdateImprovementAreaInput",
            new { id = area.Id(), expectedVersion = 1, title = "", focusAreaId = "focus_nope", problem = new string('p', 20_001) });
        Assert.Equal(["focusAreaId", "problem", "title"], errors.Fields().Order(StringComparer.Ordinal).ToArray());

        var unknown = await http.MutateErrorsAsync("updateImprovementArea", "improvementArea", "UpdateImprovementAreaInput",
            new { id = "area_nope", expectedVersion = 1, title = "X" });
        Assert.Equal("NOT_FOUND", Assert.Single(unknown.Codes()));
    }

    [Fact]
    public async Task Status_changes_are_dated_by_whom_and_kept_in_history()
    {
        var area = await NewAreaAsync();
        await http.MutateOkAsync("changeAreaStatus", "improvementArea", "ChangeAreaStatusInput",
            new { areaId = area.Id(), status = "CHOSEN", date = "2020-02-01", note = "Valgt på første samling" }, "status");
        var tested = await http.MutateOkAsync("changeAreaStatus", "improvementArea", "ChangeAreaStatusInput",
            new { areaId = area.Id(), status = "TESTING", date = "2020-03-01" }, "status nextStatuses statusHistory { from to date note }");

        var history = tested.GetProperty("statusHistory");
        Assert.Equal(3, history.GetArrayLength());
        Assert.Equal("CHOSEN", history[2].GetProperty("from").GetString());
        Assert.Equal("2020-03-01", history[2].GetProperty("date").GetString());
        Assert.Equal("Valgt på første samling", history[1].GetProperty("note").GetString());
        Assert.Equal(["CHOSEN", "IMPLEMENTING", "STALLED", "ABANDONED"], tested.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString()!).ToArray());
    }

    [Fact]
    public async Task Skipping_statuses_is_refused_and_nothing_is_written()
    {
        var area = await NewAreaAsync();
        var errors = await StatusErrorsAsync(area.Id(), "SUSTAINING");

        Assert.Equal("STATUS_TRANSITION", Assert.Single(errors.Codes()));
        var stored = await http.AreaAsync(area.Id());
        Assert.Equal("IDEA", stored.GetProperty("status").GetString());
        Assert.Equal(1, stored.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_stalled_area_resumes_where_it_stopped()
    {
        var area = await NewAreaAsync();
        foreach (var status in new[] { "CHOSEN", "STALLED" })
            await http.MutateOkAsync("changeAreaStatus", "improvementArea", "ChangeAreaStatusInput", new { areaId = area.Id(), status }, "status");

        var errors = await StatusErrorsAsync(area.Id(), "TESTING");
        Assert.Contains("STATUS_TRANSITION", errors.Codes());
        var resumed = await http.MutateOkAsync("changeAreaStatus", "improvementArea", "ChangeAreaStatusInput", new { areaId = area.Id(), status = "CHOSEN" }, "status");
        Assert.Equal("CHOSEN", resumed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_status_change_dated_before_the_previous_one_is_refused()
    {
        var area = await NewAreaAsync();
        await http.MutateOkAsync("changeAreaStatus", "improvementArea", "ChangeAreaStatusInput", new { areaId = area.Id(), status = "CHOSEN", date = "2020-05-01" }, "status");
        var errors = await StatusErrorsAsync(area.Id(), "TESTING", "2020-04-01");
        Assert.Equal("DATES_OUT_OF_ORDER", Assert.Single(errors.Codes()));
    }

    [Fact]
    public async Task Team_and_facilitator_rate_progress_separately_with_history_and_comments()
    {
        var area = await NewAreaAsync();
        await http.MutateOkAsync("rateProgress", "improvementArea", "RateProgressInput", new { areaId = area.Id(), rater = "TEAM", score = 2.0, date = "2020-03-01", comment = "Team dannet" }, "id");
        await http.MutateOkAsync("rateProgress", "improvementArea", "RateProgressInput", new { areaId = area.Id(), rater = "TEAM", score = 2.5, date = "2020-05-01", comment = "Tester sjekklisten" }, "id");
        var rated = await http.MutateOkAsync("rateProgress", "improvementArea", "RateProgressInput", new { areaId = area.Id(), rater = "FACILITATOR", score = 2.0, date = "2020-05-02" },
            "ratings { score } team: ratings(rater: TEAM) { score comment } latestTeamRating { score comment } latestFacilitatorRating { score by { personId } }");

        Assert.Equal(3, rated.GetProperty("ratings").GetArrayLength());
        Assert.Equal(2, rated.GetProperty("team").GetArrayLength());
        Assert.Equal(2.5, rated.GetProperty("latestTeamRating").GetProperty("score").GetDouble());
        Assert.Equal("Tester sjekklisten", rated.GetProperty("latestTeamRating").GetProperty("comment").GetString());
        Assert.Equal(2.0, rated.GetProperty("latestFacilitatorRating").GetProperty("score").GetDouble());
    }

    [Theory]
    [InlineData(3.3)]
    [InlineData(0.5)]
    [InlineData(5.5)]
    public async Task A_score_off_the_half_step_scale_is_refused(double score)
    {
        var area = await NewAreaAsync();
        var errors = await http.MutateErrorsAsync("rateProgress", "improvementArea", "RateProgressInput", new { areaId = area.Id(), rater = "TEAM", score });
        Assert.Equal("NOT_ON_SCALE", Assert.Single(errors.Codes()));
        Assert.Equal("score", Assert.Single(errors.Fields()));
    }

    [Fact]
    public async Task Change_ideas_are_added_linked_to_a_driver_and_edited()
    {
        var area = await NewAreaAsync();
        var withDiagram = await http.MutateOkAsync("setDriverDiagram", "improvementArea", "SetDriverDiagramInput", new
        {
            areaId = area.Id(),
            expectedVersion = 1,
            nodes = new[] { new { kind = "PRIMARY", text = "Informasjon følger beboeren", children = new[] { new { kind = "SECONDARY", text = "Felles sjekkliste" } } } },
        }, "version driverDiagram { id kind text children { id kind text } }");
        var secondary = withDiagram.GetProperty("driverDiagram")[0].GetProperty("children")[0].Id();

        var added = await http.MutateOkAsync("addChangeIdea", "improvementArea", "AddChangeIdeaInput",
            new { areaId = area.Id(), title = "Sjekkliste ved interne flyttinger", driverId = secondary }, "version changeIdeas { id title driverId }");
        var idea = added.GetProperty("changeIdeas")[0];
        Assert.Equal(secondary, idea.GetProperty("driverId").GetString());

        var updated = await http.MutateOkAsync("updateChangeIdea", "improvementArea", "UpdateChangeIdeaInput",
            new { areaId = area.Id(), changeIdeaId = idea.Id(), expectedVersion = added.GetProperty("version").GetInt32(), title = "Sjekkliste v2", description = "Med **pårørende**" },
            "changeIdeas { title driverId descriptionHtml }");
        Assert.Equal("Sjekkliste v2", updated.GetProperty("changeIdeas")[0].GetProperty("title").GetString());
        Assert.Contains("<strong>pårørende</strong>", updated.GetProperty("changeIdeas")[0].GetProperty("descriptionHtml").GetString());
    }

    [Fact]
    public async Task Change_ideas_with_an_empty_title_an_unknown_driver_an_unknown_id_or_an_old_version_are_refused()
    {
        var area = await NewAreaAsync();
        var errors = await http.MutateErrorsAsync("addChangeIdea", "improvementArea", "AddChangeIdeaInput", new { areaId = area.Id(), title = "", driverId = "driver_nope" });
        Assert.Equal(["driverId", "title"], errors.Fields().Order(StringComparer.Ordinal).ToArray());

        var unknown = await http.MutateErrorsAsync("updateChangeIdea", "improvementArea", "UpdateChangeIdeaInput",
            new { areaId = area.Id(), changeIdeaId = "idea_nope", expectedVersion = 1, title = "X" });
        Assert.Equal(["NOT_FOUND"], unknown.Codes().ToArray());

        var added = await http.MutateOkAsync("addChangeIdea", "improvementArea", "AddChangeIdeaInput", new { areaId = area.Id(), title = "Idé" }, "changeIdeas { id }");
        var stale = await http.MutateErrorsAsync("updateChangeIdea", "improvementArea", "UpdateChangeIdeaInput",
            new { areaId = area.Id(), changeIdeaId = added.GetProperty("changeIdeas")[0].Id(), expectedVersion = 1, title = "Y" });
        Assert.Equal(["CHANGED_BY_SOMEONE_ELSE"], stale.Codes().ToArray());
    }

    [Fact]
    public async Task A_driver_diagram_keeps_node_ids_when_saved_again_and_refuses_bad_shapes_and_unknown_links()
    {
        var area = await NewAreaAsync();
        var first = await http.MutateOkAsync("setDriverDiagram", "improvementArea", "SetDriverDiagramInput",
            new { areaId = area.Id(), expectedVersion = 1, nodes = new[] { new { kind = "PRIMARY", text = "Primær" } } }, "version driverDiagram { id }");
        var id = first.GetProperty("driverDiagram")[0].Id();

        var second = await http.MutateOkAsync("setDriverDiagram", "improvementArea", "SetDriverDiagramInput",
            new { areaId = area.Id(), expectedVersion = 2, nodes = new[] { new { id, kind = "PRIMARY", text = "Primær, omskrevet" } } }, "driverDiagram { id text }");
        Assert.Equal(id, second.GetProperty("driverDiagram")[0].Id());

        var errors = await http.MutateErrorsAsync("setDriverDiagram", "improvementArea", "SetDriverDiagramInput", new
        {
            areaId = area.Id(),
            expectedVersion = 3,
            nodes = new object[]
            {
                new { kind = "CHANGE_IDEA", text = "Idé rett under målet" },
                new { kind = "PRIMARY", text = "", measureIds = new[] { "measure_nope" }, cycleIds = new[] { "cycle_nope" } },
            },
        });
        Assert.Equal(["nodes[0].kind", "nodes[1].cycleIds[0]", "nodes[1].measureIds[0]", "nodes[1].text"], errors.Fields().Order(StringComparer.Ordinal).ToArray());

        var stale = await http.MutateErrorsAsync("setDriverDiagram", "improvementArea", "SetDriverDiagramInput",
            new { areaId = area.Id(), expectedVersion = 1, nodes = Array.Empty<object>() });
        Assert.Equal(["CHANGED_BY_SOMEONE_ELSE"], stale.Codes().ToArray());
    }

    [Fact]
    public async Task Milestones_are_kept_in_date_order_and_need_a_title()
    {
        var area = await NewAreaAsync();
        await http.MutateOkAsync("addMilestone", "improvementArea", "AddMilestoneInput", new { areaId = area.Id(), date = "2020-06-01", title = "Sjekkliste i bruk på alle avdelinger" }, "id");
        var later = await http.MutateOkAsync("addMilestone", "improvementArea", "AddMilestoneInput", new { areaId = area.Id(), date = "2020-03-01", title = "Første PDSA" }, "milestones { date title }");
        Assert.Equal(["2020-03-01", "2020-06-01"], later.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("date").GetString()!).ToArray());

        var errors = await http.MutateErrorsAsync("addMilestone", "improvementArea", "AddMilestoneInput", new { areaId = area.Id(), date = "2020-07-01", title = " " });
        Assert.Equal(["REQUIRED"], errors.Codes().ToArray());
    }

    [Fact]
    public async Task Networks_and_services_list_their_areas()
    {
        var place = await http.NetworkWithServiceAsync();
        var area = await http.CreateAreaAsync(place);

        var (_, body) = await http.PostAsync("query($n: ID!, $s: ID!) { network(id: $n) { areas { id } } service(id: $s) { areas { id title } } }",
            new { n = place.NetworkId, s = place.ServiceId });
        var data = body.Data();
        Assert.Equal(area.Id(), data.GetProperty("network").GetProperty("areas")[0].Id());
        Assert.Equal(area.Id(), data.GetProperty("service").GetProperty("areas")[0].Id());
    }
}

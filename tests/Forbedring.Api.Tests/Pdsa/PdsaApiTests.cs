using System.Text.Json;
using Forbedring.Api.Tests.Areas;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Pdsa;

public sealed class PdsaApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string CycleSelection = "id areaId changeIdeaId previousCycleId status version startDate endDate measureIds " +
        "plan { objective predictions } do { startDate endDate whatHappened } study { results learned } act { decision nextStep } changeIdea { title }";

    private readonly HttpClient http = factory.Admin();

    private sealed record Ready(string AreaId, string ChangeIdeaId);

    private async Task<Ready> AreaWithIdeaAsync()
    {
        var area = await http.CreateAreaAsync(await http.NetworkWithServiceAsync());
        var withIdea = await http.MutateOkAsync("addChangeIdea", "improvementArea", "AddChangeIdeaInput",
            new { areaId = area.Id(), title = "Sjekkliste ved interne flyttinger" }, "changeIdeas { id }");
        return new Ready(area.Id(), withIdea.GetProperty("changeIdeas")[0].Id());
    }

    private Task<JsonElement> StartAsync(Ready ready, string predictions = "8 av 10 flyttinger følger listen") =>
        http.MutateOkAsync("startPdsaCycle", "pdsaCycle", "StartPdsaCycleInput", new
        {
            areaId = ready.AreaId,
            changeIdeaId = ready.ChangeIdeaId,
            plan = new { objective = "Teste sjekklisten på én avdeling i én uke", predictions, who = "Sykepleier på dagvakt", dataPlan = "Tell flyttinger med og uten liste" },
        }, CycleSelection);

    private Task<JsonElement> UpdateAsync(string id, int expectedVersion, object phases) =>
        http.MutateOkAsync("updatePdsaCycle", "pdsaCycle", "UpdatePdsaCycleInput", Merge(new { id, expectedVersion }, phases), CycleSelection);

    private Task<JsonElement> UpdateErrorsAsync(string id, int expectedVersion, object phases) =>
        http.MutateErrorsAsync("updatePdsaCycle", "pdsaCycle", "UpdatePdsaCycleInput", Merge(new { id, expectedVersion }, phases));

    private static Dictionary<string, object?> Merge(object a, object b) =>
        new[] { a, b }.SelectMany(o => o.GetType().GetProperties().Select(p => (p.Name, Value: p.GetValue(o)))).ToDictionary(x => x.Name, x => x.Value);

    [Fact]
    public async Task A_cycle_moves_through_its_phases_and_the_area_lists_it()
    {
        var ready = await AreaWithIdeaAsync();
        var cycle = await StartAsync(ready);
        Assert.Equal("PLANNED", cycle.GetProperty("status").GetString());
        Assert.Equal("Sjekkliste ved interne flyttinger", cycle.GetProperty("changeIdea").GetProperty("title").GetString());

        var doing = await UpdateAsync(cycle.Id(), 1, new { @do = new { startDate = "2020-03-02", whatHappened = "Listen ble brukt" } });
        Assert.Equal("DOING", doing.GetProperty("status").GetString());
        Assert.Equal("2020-03-02", doing.GetProperty("startDate").GetString());
        var studying = await UpdateAsync(cycle.Id(), 2, new { @do = new { startDate = "2020-03-02", endDate = "2020-03-09" }, study = new { results = "7 av 10" } });
        Assert.Equal("STUDYING", studying.GetProperty("status").GetString());
        Assert.Equal("2020-03-09", studying.GetProperty("endDate").GetString());
        var acting = await UpdateAsync(cycle.Id(), 3, new { study = new { results = "7 av 10", learned = "Listen er for lang på natt" } });
        Assert.Equal("ACTING", acting.GetProperty("status").GetString());
        var done = await UpdateAsync(cycle.Id(), 4, new { act = new { decision = "ADAPT", nextStep = "Kortere liste for nattevakt" } });
        Assert.Equal("COMPLETED", done.GetProperty("status").GetString());
        Assert.Equal("Teste sjekklisten på én avdeling i én uke", done.GetProperty("plan").GetProperty("objective").GetString());

        var area = await http.AreaAsync(ready.AreaId, "pdsaCycles { id status startDate endDate }");
        var listed = Assert.Single(area.GetProperty("pdsaCycles").EnumerateArray());
        Assert.Equal(cycle.Id(), listed.Id());
        var (_, body) = await http.PostAsync("query($id: ID!) { pdsaCycle(id: $id) { status act { decision } } }", new { id = cycle.Id() });
        Assert.Equal("ADAPT", body.Data().GetProperty("pdsaCycle").GetProperty("act").GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Two_people_editing_the_same_cycle_the_later_stale_save_is_refused()
    {
        var cycle = await StartAsync(await AreaWithIdeaAsync());
        await UpdateAsync(cycle.Id(), 1, new { @do = new { startDate = "2020-03-02", observations = "Kari: gikk fint" } });

        var errors = await UpdateErrorsAsync(cycle.Id(), 1, new { @do = new { startDate = "2020-03-03", observations = "Ola: gikk dårlig" } });

        Assert.Equal(["CHANGED_BY_SOMEONE_ELSE"], errors.Codes().ToArray());
        var (_, body) = await http.PostAsync("query($id: ID!) { pdsaCycle(id: $id) { version do { startDate } } }", new { id = cycle.Id() });
        Assert.Equal("2020-03-02", body.Data().GetProperty("pdsaCycle").GetProperty("do").GetProperty("startDate").GetString());
    }

    [Fact]
    public async Task Results_without_predictions_are_refused()
    {
        var cycle = await StartAsync(await AreaWithIdeaAsync(), predictions: "");
        var errors = await UpdateErrorsAsync(cycle.Id(), 1, new { @do = new { startDate = "2020-03-02" }, study = new { results = "7 av 10" } });
        Assert.Equal(["PREDICTIONS_FIRST"], errors.Codes().ToArray());
        Assert.Equal(["study.results"], errors.Fields().ToArray());
    }

    [Fact]
    public async Task Do_dates_out_of_order_and_a_decision_before_the_study_are_refused()
    {
        var cycle = await StartAsync(await AreaWithIdeaAsync());
        var errors = await UpdateErrorsAsync(cycle.Id(), 1, new { @do = new { startDate = "2020-03-09", endDate = "2020-03-02" }, act = new { decision = "ADOPT" } });
        Assert.Equal(["act.decision", "do.endDate"], errors.Fields().Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["DATES_OUT_OF_ORDER", "PHASE_OUT_OF_ORDER"], errors.Codes().Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Starting_with_an_unknown_area_is_refused()
    {
        var errors = await http.MutateErrorsAsync("startPdsaCycle", "pdsaCycle", "StartPdsaCycleInput",
            new { areaId = "area_nope", changeIdeaId = "idea_nope", plan = new { objective = "Mål" } });
        Assert.Equal(["NOT_FOUND"], errors.Codes().ToArray());
        Assert.Equal(["areaId"], errors.Fields().ToArray());
    }

    [Fact]
    public async Task Starting_with_an_unknown_change_idea_an_unknown_measure_an_empty_objective_or_an_unknown_previous_cycle_is_refused()
    {
        var ready = await AreaWithIdeaAsync();
        var errors = await http.MutateErrorsAsync("startPdsaCycle", "pdsaCycle", "StartPdsaCycleInput", new
        {
            areaId = ready.AreaId,
            changeIdeaId = "idea_nope",
            plan = new { objective = " " },
            measureIds = new[] { "measure_nope" },
            previousCycleId = "pdsa_nope",
        });
        Assert.Equal(["changeIdeaId", "measureIds[0]", "plan.objective", "previousCycleId"], errors.Fields().Order(StringComparer.Ordinal).ToArray());
        var area = await http.AreaAsync(ready.AreaId, "cycleIds");
        Assert.Equal(0, area.GetProperty("cycleIds").GetArrayLength());
    }

    [Fact]
    public async Task A_previous_cycle_from_another_area_is_refused()
    {
        var other = await StartAsync(await AreaWithIdeaAsync());
        var ready = await AreaWithIdeaAsync();
        var errors = await http.MutateErrorsAsync("startPdsaCycle", "pdsaCycle", "StartPdsaCycleInput",
            new { areaId = ready.AreaId, changeIdeaId = ready.ChangeIdeaId, plan = new { objective = "Neste" }, previousCycleId = other.Id() });
        Assert.Equal(["INVALID"], errors.Codes().ToArray());
        Assert.Equal(["previousCycleId"], errors.Fields().ToArray());
    }

    [Fact]
    public async Task Continuing_a_cycle_copies_the_objective_and_links_back_in_the_same_area()
    {
        var ready = await AreaWithIdeaAsync();
        var first = await StartAsync(ready);
        var next = await http.MutateOkAsync("continuePdsaCycle", "pdsaCycle", "ContinuePdsaCycleInput", new { cycleId = first.Id() }, CycleSelection + " previousCycle { id }");

        Assert.Equal(first.Id(), next.GetProperty("previousCycleId").GetString());
        Assert.Equal(first.Id(), next.GetProperty("previousCycle").Id());
        Assert.Equal(ready.AreaId, next.GetProperty("areaId").GetString());
        Assert.Equal(ready.ChangeIdeaId, next.GetProperty("changeIdeaId").GetString());
        Assert.Equal("Teste sjekklisten på én avdeling i én uke", next.GetProperty("plan").GetProperty("objective").GetString());
        Assert.Equal("PLANNED", next.GetProperty("status").GetString());
        var area = await http.AreaAsync(ready.AreaId, "cycleIds");
        Assert.Equal(2, area.GetProperty("cycleIds").GetArrayLength());
    }

    [Fact]
    public async Task Continuing_an_unknown_cycle_and_updating_an_unknown_cycle_are_refused()
    {
        var errors = await http.MutateErrorsAsync("continuePdsaCycle", "pdsaCycle", "ContinuePdsaCycleInput", new { cycleId = "pdsa_nope" });
        Assert.Equal(["cycleId"], errors.Fields().ToArray());
        var update = await UpdateErrorsAsync("pdsa_nope", 1, new { study = new { learned = "x" } });
        Assert.Equal(["NOT_FOUND"], update.Codes().ToArray());
    }

    [Fact]
    public async Task Watching_a_measure_outside_the_area_and_switching_to_an_unknown_change_idea_are_refused()
    {
        var cycle = await StartAsync(await AreaWithIdeaAsync());
        var errors = await UpdateErrorsAsync(cycle.Id(), 1, new { measureIds = new[] { "measure_elsewhere" }, changeIdeaId = "idea_nope" });
        Assert.Equal(["changeIdeaId", "measureIds[0]"], errors.Fields().Order(StringComparer.Ordinal).ToArray());
    }
}

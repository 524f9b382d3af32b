using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Areas;

public sealed class AreaCreationApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    [Fact]
    public async Task An_area_is_created_as_an_idea_and_read_back_with_its_aim_and_problem_html()
    {
        var place = await http.NetworkWithServiceAsync();
        var created = await http.CreateAreaAsync(place);

        Assert.Equal("IDEA", created.GetProperty("status").GetString());
        Assert.Equal(1, created.GetProperty("version").GetInt32());
        var area = await http.AreaAsync(created.Id());
        Assert.Equal("Trygge interne overflyttinger", area.GetProperty("title").GetString());
        Assert.Equal(place.FocusAreaId, area.GetProperty("focusAreaId").GetString());
        Assert.Equal("fra 40 % til 90 %", area.GetProperty("aim").GetProperty("howMuch").GetString());
        Assert.Equal("2021-06-30", area.GetProperty("aim").GetProperty("byWhen").GetString());
        Assert.Contains("<strong>mister</strong>", area.GetProperty("problemHtml").GetString());
        Assert.Contains("**mister**", area.GetProperty("problem").GetString());
        var first = area.GetProperty("statusHistory")[0];
        Assert.Equal(JsonValueKind.Null, first.GetProperty("from").ValueKind);
        Assert.Equal("IDEA", first.GetProperty("to").GetString());
    }

    [Fact]
    public async Task An_unknown_area_reads_as_null()
    {
        var (_, body) = await http.PostAsync("{ improvementArea(id: \"area_nope\") { id } }");
        Assert.Equal(JsonValueKind.Null, body.Data().GetProperty("improvementArea").ValueKind);
    }

    [Fact]
    public async Task Creating_without_a_title_and_with_an_overlong_aim_reports_both()
    {
        var place = await http.NetworkWithServiceAsync();
        var errors = await http.MutateErrorsAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput", new
        {
            networkId = place.NetworkId,
            serviceId = place.ServiceId,
            title = " ",
            aim = new { what = new string('x', 501) },
        });

        Assert.Contains("REQUIRED", errors.Codes());
        Assert.Contains("title", errors.Fields());
        Assert.Contains("aim.what", errors.Fields());
    }

    [Fact]
    public async Task Creating_in_an_unknown_network_is_refused_naming_it()
    {
        var place = await http.NetworkWithServiceAsync();
        var errors = await http.MutateErrorsAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput",
            new { networkId = "network_nope", serviceId = place.ServiceId, title = "Område" });

        Assert.Contains("NOT_FOUND", errors.Codes());
        Assert.Contains("network_nope", errors[0].GetProperty("messageEn").GetString());
    }

    [Fact]
    public async Task Unknown_service_and_unknown_focus_area_are_refused()
    {
        var place = await http.NetworkWithServiceAsync();
        var errors = await http.MutateErrorsAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput",
            new { networkId = place.NetworkId, serviceId = "service_nope", focusAreaId = "focus_nope", title = "Område" });

        Assert.Equal(["focusAreaId", "serviceId"], errors.Fields().Order(StringComparer.Ordinal).ToArray());
        Assert.All(errors.Codes(), code => Assert.Equal("NOT_FOUND", code));
    }

    [Fact]
    public async Task A_service_that_is_not_in_the_network_cannot_have_an_area_there_and_nothing_is_written()
    {
        var place = await http.NetworkWithServiceAsync();
        var outsider = await http.MutateOkAsync("createService", "service", "ServiceInput", new { name = "Rus/psyk" }, "id");

        var errors = await http.MutateErrorsAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput",
            new { networkId = place.NetworkId, serviceId = outsider.Id(), title = "Dokumentasjon ved endring i tilstand" });

        Assert.Contains("INVALID", errors.Codes());
        Assert.Contains("serviceId", errors.Fields());
        var (_, body) = await http.PostAsync("query($id: ID!) { network(id: $id) { version } }", new { id = place.NetworkId });
        Assert.Equal(2, body.Data().GetProperty("network").GetProperty("version").GetInt32());
    }
}

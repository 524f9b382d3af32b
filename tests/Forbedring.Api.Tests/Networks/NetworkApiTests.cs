using System.Net.Http.Json;
using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Networks;

public sealed class NetworkApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private Task<JsonElement> CreateNetworkAsync(object input) =>
        http.MutateOkAsync("createNetwork", "network", "NetworkInput", input, "id name theme version descriptionHtml focusAreas { id name goals }");

    [Fact]
    public async Task A_network_is_created_read_back_and_listed()
    {
        var network = await CreateNetworkAsync(new
        {
            name = "Læringsnettverk Horten",
            theme = "Gode overganger",
            description = "Vi lærer **sammen**.<script>alert(1)</script>",
            startDate = "2019-12-01",
            endDate = "2021-06-30",
            focusAreas = new[] { new { name = "Digital samhandling", goals = "Færre avvik" } },
        });

        Assert.Equal("Gode overganger", network.GetProperty("theme").GetString());
        Assert.Equal(1, network.GetProperty("version").GetInt32());
        var html = network.GetProperty("descriptionHtml").GetString()!;
        Assert.Contains("<strong>sammen</strong>", html);
        Assert.DoesNotContain("<script", html);

        var (_, body) = await http.PostAsync("query($id: ID!) { network(id: $id) { name focusAreas { name } members { role active } } networks { id } }", new { id = network.Id() });
        var data = body.Data();
        Assert.Equal("Læringsnettverk Horten", data.GetProperty("network").GetProperty("name").GetString());
        var creator = Assert.Single(data.GetProperty("network").GetProperty("members").EnumerateArray());
        Assert.Equal("FACILITATOR", creator.GetProperty("role").GetString());
        Assert.Contains(data.GetProperty("networks").EnumerateArray(), n => n.Id() == network.Id());
    }

    [Fact]
    public async Task The_person_who_creates_a_network_becomes_its_facilitator()
    {
        var me = await (await http.GetAsync("/api/auth/me")).Content.ReadFromJsonAsync<JsonElement>();
        var person = me.GetProperty("personId").GetString();

        var network = await http.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Mitt nettverk" }, "members { role person { name } } created { personId }");

        var member = network.GetProperty("members")[0];
        Assert.Equal("FACILITATOR", member.GetProperty("role").GetString());
        Assert.Equal("Ada Administrator", member.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal(person, network.GetProperty("created").GetProperty("personId").GetString());
    }

    [Fact]
    public async Task Creating_a_network_without_a_name_and_with_dates_out_of_order_reports_both_and_writes_nothing()
    {
        var errors = await http.MutateErrorsAsync("createNetwork", "network", "NetworkInput",
            new { name = "  ", startDate = "2021-01-01", endDate = "2020-01-01" });

        Assert.Contains("REQUIRED", errors.Codes());
        Assert.Contains("DATES_OUT_OF_ORDER", errors.Codes());
        Assert.Contains("name", errors.Fields());
        Assert.Contains("endDate", errors.Fields());
        var first = errors[0];
        Assert.False(string.IsNullOrEmpty(first.GetProperty("messageNb").GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("messageEn").GetString()));
    }

    [Fact]
    public async Task Too_long_text_is_refused()
    {
        var errors = await http.MutateErrorsAsync("createNetwork", "network", "NetworkInput", new { name = new string('x', 201) });
        Assert.Contains("TOO_LONG", errors.Codes());
    }

    [Fact]
    public async Task An_update_based_on_an_old_version_is_refused_as_changed_by_someone_else()
    {
        var network = await CreateNetworkAsync(new { name = "Versjonert" });
        var id = network.Id();
        await http.MutateOkAsync("updateNetwork", "network", "UpdateNetworkInput",
            new { id, expectedVersion = 1, network = new { name = "Første endring" } }, "version");

        var errors = await http.MutateErrorsAsync("updateNetwork", "network", "UpdateNetworkInput",
            new { id, expectedVersion = 1, network = new { name = "Andre endring på gammel versjon" } });

        Assert.Contains("CHANGED_BY_SOMEONE_ELSE", errors.Codes());
        var (_, body) = await http.PostAsync("query($id: ID!) { network(id: $id) { name version } }", new { id });
        Assert.Equal("Første endring", body.Data().GetProperty("network").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Services_and_people_join_and_leave_and_the_history_is_kept()
    {
        var network = await CreateNetworkAsync(new { name = "Historikk" });
        var service = await http.MutateOkAsync("createService", "service", "ServiceInput", new { name = "Smidsrød helsehus", kind = "Helsehus" }, "id");
        var person = await http.MutateOkAsync("createPerson", "person", "PersonInput", new { name = "Kari Fastlege", title = "Fastlege" }, "id");

        await http.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput",
            new { networkId = network.Id(), serviceId = service.Id(), date = "2020-01-01" }, "id");
        await http.MutateOkAsync("addNetworkMember", "network", "NetworkMemberInput",
            new { networkId = network.Id(), personId = person.Id(), role = "PARTICIPANT", date = "2020-01-01" }, "id");
        await http.MutateOkAsync("removeNetworkMember", "network", "NetworkMemberInput",
            new { networkId = network.Id(), personId = person.Id(), date = "2020-06-01" }, "id");

        var (_, body) = await http.PostAsync(
            "query($id: ID!) { network(id: $id) { services { active joined service { name networkIds } } members { person { name } role joined left active } } }",
            new { id = network.Id() });
        var net = body.Data().GetProperty("network");
        var link = net.GetProperty("services")[0];
        Assert.True(link.GetProperty("active").GetBoolean());
        Assert.Equal("Smidsrød helsehus", link.GetProperty("service").GetProperty("name").GetString());
        Assert.Contains(network.Id(), link.GetProperty("service").GetProperty("networkIds").EnumerateArray().Select(e => e.GetString()));
        var gp = net.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("role").GetString() == "PARTICIPANT");
        Assert.Equal("Kari Fastlege", gp.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal("2020-06-01", gp.GetProperty("left").GetString());
        Assert.False(gp.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Adding_an_unknown_service_is_refused_naming_it()
    {
        var network = await CreateNetworkAsync(new { name = "Ukjent" });
        var errors = await http.MutateErrorsAsync("addServiceToNetwork", "network", "NetworkServiceInput",
            new { networkId = network.Id(), serviceId = "service_nope" });

        Assert.Contains("NOT_FOUND", errors.Codes());
        Assert.Contains("service_nope", errors[0].GetProperty("messageEn").GetString());
    }

    [Fact]
    public async Task An_archived_network_refuses_changes_and_leaves_the_default_list()
    {
        var network = await CreateNetworkAsync(new { name = "Arkiveres" });
        await http.MutateOkAsync("archiveNetwork", "network", "ArchiveNetworkInput", new { id = network.Id() }, "archived");

        var errors = await http.MutateErrorsAsync("updateNetwork", "network", "UpdateNetworkInput",
            new { id = network.Id(), expectedVersion = 2, network = new { name = "Endret" } });
        Assert.Contains("ARCHIVED", errors.Codes());

        var (_, body) = await http.PostAsync("{ networks { id } all: networks(includeArchived: true) { id } }");
        Assert.DoesNotContain(body.Data().GetProperty("networks").EnumerateArray(), n => n.Id() == network.Id());
        Assert.Contains(body.Data().GetProperty("all").EnumerateArray(), n => n.Id() == network.Id());
    }

    [Fact]
    public async Task Error_messages_follow_accept_language()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "mutation { createPerson(input: { name: \"\" }) { errors { message } } }" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en-GB");
        var response = await http.SendAsync(request);
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(response.Content);

        Assert.Equal("'name' is required.", body.Data().GetProperty("createPerson").GetProperty("errors")[0].GetProperty("message").GetString());
    }
}

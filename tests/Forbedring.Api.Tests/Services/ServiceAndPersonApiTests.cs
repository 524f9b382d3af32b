using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Services;

public sealed class ServiceAndPersonApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private async Task<string> ServiceAsync(string name = "Tjenestekontoret") =>
        (await http.MutateOkAsync("createService", "service", "ServiceInput", new { name, kind = "Forvaltning", organisation = "Horten kommune" }, "id")).Id();

    private async Task<string> PersonAsync(string name = "Ola Ansatt") =>
        (await http.MutateOkAsync("createPerson", "person", "PersonInput", new { name }, "id")).Id();

    [Fact]
    public async Task A_person_who_changes_workplace_keeps_the_old_membership_in_the_history()
    {
        var first = await ServiceAsync("Smidsrød helsehus");
        var second = await ServiceAsync("Hjemmetjenester");
        var person = await PersonAsync("Kari Bytter");
        await http.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = first, personId = person, role = "STAFF", since = "2020-01-01" }, "id");
        await http.MutateOkAsync("endServiceMembership", "service", "EndServiceMembershipInput", new { serviceId = first, personId = person, until = "2020-09-30" }, "id");
        await http.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = second, personId = person, role = "MEASUREMENT_LEAD", since = "2020-10-01" }, "id");

        var (_, body) = await http.PostAsync("query($a: ID!, $b: ID!) { a: service(id: $a) { members { active until role } } b: service(id: $b) { members { active role person { name } } } }", new { a = first, b = second });
        var old = body.Data().GetProperty("a").GetProperty("members")[0];
        Assert.False(old.GetProperty("active").GetBoolean());
        Assert.Equal("2020-09-30", old.GetProperty("until").GetString());
        var now = body.Data().GetProperty("b").GetProperty("members")[0];
        Assert.Equal("MEASUREMENT_LEAD", now.GetProperty("role").GetString());
        Assert.Equal("Kari Bytter", now.GetProperty("person").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_service_without_a_name_is_refused()
    {
        var errors = await http.MutateErrorsAsync("createService", "service", "ServiceInput", new { name = "" });
        Assert.Equal(["name"], errors.Fields());
    }

    [Fact]
    public async Task A_stale_service_update_is_refused()
    {
        var service = await ServiceAsync();
        await http.MutateOkAsync("updateService", "service", "UpdateServiceInput", new { id = service, expectedVersion = 1, service = new { name = "Nytt navn" } }, "id");

        var errors = await http.MutateErrorsAsync("updateService", "service", "UpdateServiceInput", new { id = service, expectedVersion = 1, service = new { name = "Gammel visning" } });
        Assert.Contains("CHANGED_BY_SOMEONE_ELSE", errors.Codes());
    }

    [Fact]
    public async Task Updating_an_unknown_service_or_person_says_which_id()
    {
        var service = await http.MutateErrorsAsync("updateService", "service", "UpdateServiceInput", new { id = "service_0000000000000000", expectedVersion = 1, service = new { name = "X" } });
        var person = await http.MutateErrorsAsync("updatePerson", "person", "UpdatePersonInput", new { id = "person_0000000000000000", expectedVersion = 1, person = new { name = "X" } });

        Assert.Contains("service_0000000000000000", service[0].GetProperty("messageEn").GetString());
        Assert.Contains("NOT_FOUND", person.Codes());
    }

    [Fact]
    public async Task A_person_update_with_a_too_long_title_is_refused_and_the_person_is_unchanged()
    {
        var person = await PersonAsync("Per Uendret");
        var errors = await http.MutateErrorsAsync("updatePerson", "person", "UpdatePersonInput", new { id = person, expectedVersion = 1, person = new { name = "Per Endret", title = new string('t', 201) } });

        Assert.Contains("TOO_LONG", errors.Codes());
        var (_, body) = await http.PostAsync("query($id: ID!) { person(id: $id) { name version } }", new { id = person });
        Assert.Equal("Per Uendret", body.Data().GetProperty("person").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Adding_an_unknown_person_or_the_same_role_twice_is_refused()
    {
        var service = await ServiceAsync();
        var person = await PersonAsync();
        var unknown = await http.MutateErrorsAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = service, personId = "person_0000000000000000", role = "STAFF" });
        await http.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = service, personId = person, role = "STAFF" }, "id");
        var twice = await http.MutateErrorsAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = service, personId = person, role = "STAFF" });

        Assert.Contains("NOT_FOUND", unknown.Codes());
        Assert.Contains("DUPLICATE", twice.Codes());
    }

    [Fact]
    public async Task Ending_a_membership_that_is_not_there_or_before_it_began_is_refused()
    {
        var service = await ServiceAsync();
        var person = await PersonAsync();
        var notMember = await http.MutateErrorsAsync("endServiceMembership", "service", "EndServiceMembershipInput", new { serviceId = service, personId = person });
        await http.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = service, personId = person, role = "LEADER", since = "2021-01-01" }, "id");
        var early = await http.MutateErrorsAsync("endServiceMembership", "service", "EndServiceMembershipInput", new { serviceId = service, personId = person, until = "2020-01-01" });

        Assert.Contains("NOT_FOUND", notMember.Codes());
        Assert.Contains("DATES_OUT_OF_ORDER", early.Codes());
    }

    [Fact]
    public async Task A_role_change_ends_the_old_membership_and_starts_the_new_one_on_the_same_day()
    {
        var service = await ServiceAsync();
        var person = await PersonAsync("Rita Rolle");
        await http.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = service, personId = person, role = "STAFF", since = "2022-01-01" }, "id");

        await http.MutateOkAsync("changeServiceRole", "service", "ChangeServiceRoleInput", new { serviceId = service, personId = person, role = "MEASUREMENT_LEAD", from = "2023-03-01" }, "id");

        var (_, body) = await http.PostAsync("query($id: ID!) { service(id: $id) { members { role since until active } } }", new { id = service });
        var members = body.Data().GetProperty("service").GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(2, members.Count);
        Assert.Equal(("STAFF", "2022-01-01", "2023-03-01", false),
            (members[0].GetProperty("role").GetString(), members[0].GetProperty("since").GetString(), members[0].GetProperty("until").GetString(), members[0].GetProperty("active").GetBoolean()));
        Assert.Equal(("MEASUREMENT_LEAD", "2023-03-01", true),
            (members[1].GetProperty("role").GetString(), members[1].GetProperty("since").GetString(), members[1].GetProperty("active").GetBoolean()));
    }

    [Fact]
    public async Task A_role_change_that_makes_no_sense_changes_nothing()
    {
        var service = await ServiceAsync();
        var person = await PersonAsync();
        var notMember = await http.MutateErrorsAsync("changeServiceRole", "service", "ChangeServiceRoleInput", new { serviceId = service, personId = person, role = "LEADER" });
        await http.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = service, personId = person, role = "STAFF", since = "2022-01-01" }, "id");
        var same = await http.MutateErrorsAsync("changeServiceRole", "service", "ChangeServiceRoleInput", new { serviceId = service, personId = person, role = "STAFF" });
        var early = await http.MutateErrorsAsync("changeServiceRole", "service", "ChangeServiceRoleInput", new { serviceId = service, personId = person, role = "LEADER", from = "2021-01-01" });

        Assert.Contains("NOT_FOUND", notMember.Codes());
        Assert.Contains("DUPLICATE", same.Codes());
        Assert.Contains("DATES_OUT_OF_ORDER", early.Codes());
        var (_, body) = await http.PostAsync("query($id: ID!) { service(id: $id) { members { role until } version } }", new { id = service });
        var members = body.Data().GetProperty("service").GetProperty("members");
        Assert.Equal(1, members.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, members[0].GetProperty("until").ValueKind);
    }

    [Fact]
    public async Task Network_membership_changes_that_make_no_sense_are_refused()
    {
        var network = (await http.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Regler" }, "id")).Id();
        var service = await ServiceAsync();
        var person = await PersonAsync();

        var notIn = await http.MutateErrorsAsync("removeServiceFromNetwork", "network", "NetworkServiceInput", new { networkId = network, serviceId = service });
        var noRole = await http.MutateErrorsAsync("addNetworkMember", "network", "NetworkMemberInput", new { networkId = network, personId = person });
        var notMember = await http.MutateErrorsAsync("removeNetworkMember", "network", "NetworkMemberInput", new { networkId = network, personId = person });
        await http.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId = network, serviceId = service, date = "2020-05-01" }, "id");
        var twice = await http.MutateErrorsAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId = network, serviceId = service });
        var early = await http.MutateErrorsAsync("removeServiceFromNetwork", "network", "NetworkServiceInput", new { networkId = network, serviceId = service, date = "2020-01-01" });

        Assert.Contains("NOT_FOUND", notIn.Codes());
        Assert.Equal(["role"], noRole.Fields());
        Assert.Contains("NOT_FOUND", notMember.Codes());
        Assert.Contains("DUPLICATE", twice.Codes());
        Assert.Contains("DATES_OUT_OF_ORDER", early.Codes());
    }
}

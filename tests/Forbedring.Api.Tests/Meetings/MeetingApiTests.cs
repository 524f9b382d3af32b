using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Meetings;

public sealed class MeetingApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private async Task<(string Network, string Service, string Outside)> NetworkAsync()
    {
        var network = (await http.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Samlingsnettverket" }, "id")).Id();
        var service = (await http.MutateOkAsync("createService", "service", "ServiceInput", new { name = "Hjemmetjenesten" }, "id")).Id();
        var outside = (await http.MutateOkAsync("createService", "service", "ServiceInput", new { name = "Utenfor" }, "id")).Id();
        await http.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId = network, serviceId = service }, "id");
        return (network, service, outside);
    }

    [Fact]
    public async Task A_meeting_is_planned_with_every_service_of_the_network_invited_and_listed_on_the_network()
    {
        var (network, service, _) = await NetworkAsync();

        var meeting = await http.MutateOkAsync("createMeeting", "meeting", "MeetingInput", new
        {
            networkId = network,
            title = "Samling 1: oppstart",
            startsAt = "2019-12-05T09:00:00+01:00",
            endsAt = "2019-12-05T15:00:00+01:00",
            place = "Horten rådhus",
            videoLink = "https://video.example/samling1",
            agenda = "1. **Velkommen**\n2. Hva er viktig for deg?<script>alert(1)</script>",
        }, "id state title place videoLink agendaHtml invitedServices { id } network { id }");

        Assert.Equal("PLANNED", meeting.GetProperty("state").GetString());
        Assert.Equal([service], meeting.GetProperty("invitedServices").EnumerateArray().Select(s => s.Id()));
        Assert.Contains("<strong>Velkommen</strong>", meeting.GetProperty("agendaHtml").GetString());
        Assert.DoesNotContain("<script", meeting.GetProperty("agendaHtml").GetString());
        var (_, body) = await http.PostAsync("query($id: ID!) { network(id: $id) { meetings { id title } } }", new { id = network });
        Assert.Equal([meeting.Id()], body.Data().GetProperty("network").GetProperty("meetings").EnumerateArray().Select(m => m.Id()));
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_planned()
    {
        var (network, _, outside) = await NetworkAsync();

        var errors = await http.MutateErrorsAsync("createMeeting", "meeting", "MeetingInput", new
        {
            networkId = network,
            title = " ",
            startsAt = "2020-01-01T12:00:00Z",
            endsAt = "2020-01-01T11:00:00Z",
            videoLink = "javascript:alert(1)",
            invitedServiceIds = new[] { outside },
        });

        Assert.Equal(["endsAt", "invitedServiceIds", "title", "videoLink"], errors.Fields().Order());
        Assert.Contains("REQUIRED", errors.Codes());
        Assert.Contains("DATES_OUT_OF_ORDER", errors.Codes());
        var (_, body) = await http.PostAsync("query($id: ID!) { network(id: $id) { meetings { id } } }", new { id = network });
        Assert.Equal(0, body.Data().GetProperty("network").GetProperty("meetings").GetArrayLength());
    }
}

using System.Text.Json;
using Forbedring.Api.Tests.Areas;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Learnings;

public sealed class LearningSearchApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Search = "query($n: ID, $text: String, $tags: [String!], $s: ID, $from: DateOnly, $to: DateOnly, $take: Int, $after: String) " +
        "{ learnings(networkId: $n, text: $text, tags: $tags, serviceId: $s, from: $from, to: $to, take: $take, after: $after) { learnings { id text networkId } after } }";

    private readonly HttpClient admin = factory.Admin();

    private sealed record Place(string Network, string Service, string Meeting);

    private async Task<Place> PlaceAsync(string serviceName = "Smidsrød helsehus")
    {
        var place = await admin.NetworkWithServiceAsync(serviceName);
        var meeting = (await admin.MutateOkAsync("createMeeting", "meeting", "MeetingInput",
            new { networkId = place.NetworkId, title = "Samling", startsAt = "2030-01-01T09:00:00+01:00" }, "id")).Id();
        return new Place(place.NetworkId, place.ServiceId, meeting);
    }

    private async Task<string> AddAsync(Place p, string text, string[]? tags = null, bool forService = false) =>
        (await admin.MutateOkAsync("addLearning", "learning", "AddLearningInput", new
        {
            networkId = p.Network,
            serviceId = forService ? p.Service : null,
            text,
            tags = tags ?? [],
            source = new { kind = "MEETING", id = p.Meeting },
        }, "id")).Id();

    private async Task<JsonElement> SearchAsync(object variables, HttpClient? as_ = null)
    {
        var (_, body) = await (as_ ?? admin).PostAsync(Search, variables);
        return body.Data().GetProperty("learnings");
    }

    private async Task<IReadOnlyList<string>> TextsAsync(object variables) =>
        (await SearchAsync(variables)).GetProperty("learnings").EnumerateArray().Select(l => l.GetProperty("text").GetString()!).ToList();

    [Fact]
    public async Task Text_is_found_in_texts_and_tags_ignoring_case_and_accents_with_æ_ø_and_å_as_letters()
    {
        var p = await PlaceAsync();
        await AddAsync(p, "Ring pårørende dagen før utskrivning");
        await AddAsync(p, "En god idé fra BBA: muntlig rapport");
        await AddAsync(p, "Sjekklisten må være kort", ["Gode overganger"]);

        Assert.Equal(["Ring pårørende dagen før utskrivning"], await TextsAsync(new { n = p.Network, text = "PÅRØRENDE" }));
        Assert.Equal(["En god idé fra BBA: muntlig rapport"], await TextsAsync(new { n = p.Network, text = "Ide" }));
        Assert.Equal(["Sjekklisten må være kort"], await TextsAsync(new { n = p.Network, text = "overgang" }));
        Assert.Empty(await TextsAsync(new { n = p.Network, text = "for" }));
        Assert.Equal(["Ring pårørende dagen før utskrivning"], await TextsAsync(new { n = p.Network, text = "før" }));
    }

    [Fact]
    public async Task Tags_and_service_narrow_the_search()
    {
        var p = await PlaceAsync();
        await AddAsync(p, "Begge tagger", ["pårørende", "utskrivning"], forService: true);
        await AddAsync(p, "Bare én tagg", ["Pårørende"]);

        Assert.Equal(["Bare én tagg", "Begge tagger"], await TextsAsync(new { n = p.Network, tags = new[] { "PÅRØRENDE" } }));
        Assert.Equal(["Begge tagger"], await TextsAsync(new { n = p.Network, tags = new[] { "pårørende", "utskrivning" } }));
        Assert.Equal(["Begge tagger"], await TextsAsync(new { n = p.Network, s = p.Service }));
    }

    [Fact]
    public async Task Pages_come_newest_first_with_a_cursor_until_the_last()
    {
        var p = await PlaceAsync();
        for (var i = 1; i <= 5; i++)
            await AddAsync(p, $"Lærdom {i}");

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await SearchAsync(new { n = p.Network, take = 2, after });
            seen.AddRange(page.GetProperty("learnings").EnumerateArray().Select(l => l.GetProperty("text").GetString()!));
            after = page.GetProperty("after").GetString();
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["Lærdom 5", "Lærdom 4", "Lærdom 3", "Lærdom 2", "Lærdom 1"], seen);
    }

    [Fact]
    public async Task Dates_are_days_in_norway_with_both_ends_included()
    {
        var p = await PlaceAsync();
        await AddAsync(p, "I dag");
        var today = Domain.Clock.Today(factory.Clock);

        Assert.Equal(["I dag"], await TextsAsync(new { n = p.Network, from = $"{today:yyyy-MM-dd}", to = $"{today:yyyy-MM-dd}" }));
        Assert.Empty(await TextsAsync(new { n = p.Network, from = $"{today.AddDays(1):yyyy-MM-dd}" }));
        Assert.Empty(await TextsAsync(new { n = p.Network, to = $"{today.AddDays(-1):yyyy-MM-dd}" }));
    }

    [Fact]
    public async Task Administrators_search_every_network_and_each_network_only_finds_its_own()
    {
        var nord = await PlaceAsync();
        var sor = await PlaceAsync("Hjemmetjenesten");
        await AddAsync(nord, "Tverrfaglig morgenmøte i nord");
        await AddAsync(sor, "Tverrfaglig morgenmøte i sør");

        var everywhere = await SearchAsync(new { text = "tverrfaglig morgenmøte" });
        var networks = everywhere.GetProperty("learnings").EnumerateArray().Select(l => l.GetProperty("networkId").GetString()).ToList();

        Assert.Contains(nord.Network, networks);
        Assert.Contains(sor.Network, networks);
        Assert.Equal(["Tverrfaglig morgenmøte i nord"], await TextsAsync(new { n = nord.Network, text = "tverrfaglig" }));
    }

    [Fact]
    public async Task Administrators_page_through_every_network_too()
    {
        var a = await PlaceAsync();
        var b = await PlaceAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 1; i <= 3; i++)
        {
            await AddAsync(a, $"{marker} a{i}");
            await AddAsync(b, $"{marker} b{i}");
        }

        var first = await SearchAsync(new { text = marker, take = 4 });
        var second = await SearchAsync(new { text = marker, take = 4, after = first.GetProperty("after").GetString() });

        var texts = first.GetProperty("learnings").EnumerateArray().Concat(second.GetProperty("learnings").EnumerateArray()).Select(l => l.GetProperty("text").GetString()).ToList();
        Assert.Equal(new[] { "b3", "a3", "b2", "a2", "b1", "a1" }.Select(t => $"{marker} {t}"), texts);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("after").ValueKind);
    }

    [Theory]
    [InlineData(0, null, "OUT_OF_RANGE")]
    [InlineData(20, "' or RowKey ne ''", "INVALID")]
    public async Task A_search_that_cannot_run_says_why(int take, string? after, string code)
    {
        var p = await PlaceAsync();

        var (_, body) = await admin.PostAsync(Search, new { n = p.Network, take, after });

        var error = body.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("extensions").GetProperty("data").GetProperty("messageEn").GetString()));
    }
}

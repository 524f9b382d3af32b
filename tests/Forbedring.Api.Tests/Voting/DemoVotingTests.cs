using System.Net.Http.Json;
using System.Text.Json;
using Forbedring.Abstractions.Common;
using Forbedring.Api.Tests.Infrastructure;
using Forbedring.Grains.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.Tests.Voting;

/// <summary>The demo's insight workshop (seeds/004) loaded into a meeting made here, and read back through the API.</summary>
public sealed class DemoVotingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_demo_voting_puts_up_the_insight_cards_gives_every_participant_two_votes_and_chooses_two()
    {
        var scene = await VotingScene.CreateAsync(factory);
        for (var i = 0; i < 4; i++)
            await scene.StaffAsync($"Deltaker {i + 1}");
        await scene.MemberAsync("Brukerrepresentant");
        await scene.StaffAsync("Ikke invitert", scene.NotInvited);
        var me = await scene.Admin.GetFromJsonAsync<JsonElement>("/api/auth/me");
        var facilitator = new Actor(me.GetProperty("personId").GetString()!, me.GetProperty("name").GetString()!);

        using (CallerIdentity.Use(CallerIdentity.System))
            await DemoVoting.LoadAsync(factory.Services.GetRequiredService<IGrainFactory>(), scene.Network, scene.Meeting, facilitator);

        var voting = await scene.VotingAsync(scene.Admin);
        var cards = voting.GetProperty("cards").EnumerateArray().ToList();
        Assert.Equal("CLOSED", voting.GetProperty("state").GetString());
        Assert.Equal(10, cards.Count);
        Assert.Contains(cards, c => c.GetProperty("title").GetString()!.StartsWith("Lange og upraktiske reiser", StringComparison.Ordinal));
        // Five take part (four invited staff and a network member); the facilitator runs it and the uninvited service looks on.
        Assert.Equal((5, 10), (voting.GetProperty("voters").GetInt32(), voting.GetProperty("votesCast").GetInt32()));
        Assert.Equal(10, cards.Sum(c => c.GetProperty("votes").GetInt32()));
        var chosen = cards.Where(c => c.GetProperty("chosen").GetBoolean()).ToList();
        Assert.Equal(2, chosen.Count);
        Assert.All(chosen, c => Assert.Contains("pasient", c.GetProperty("valueForPatients").GetString(), StringComparison.OrdinalIgnoreCase));
        // The group chose the two that got the most votes.
        var mostVoted = cards.OrderByDescending(c => c.GetProperty("votes").GetInt32()).Take(2).Select(c => c.Id()).Order();
        Assert.Equal(mostVoted, chosen.Select(c => c.Id()).Order());
    }
}

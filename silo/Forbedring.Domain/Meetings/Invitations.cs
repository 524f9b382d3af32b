using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;

namespace Forbedring.Domain.Meetings;

/// <summary>
/// Who is invited to a meeting: everyone who, on the meeting's day, was a member of an invited
/// service, or a facilitator or participant of the network. Taken on the meeting's day because
/// people change jobs: whoever left before it was not invited, whoever joined by then was, and an
/// old meeting's list does not change when someone leaves later. Readers of the network follow the
/// work without being expected at its meetings.
/// </summary>
public static class Invitations
{
    public static IReadOnlyList<Invitee> Of(DateOnly day, NetworkView network, IReadOnlyList<ServiceView> invitedServices)
    {
        var services = new Dictionary<string, List<string>>();
        foreach (var service in invitedServices)
            foreach (var member in service.Members.Where(m => m.Since <= day && (m.Until is null || m.Until >= day)))
            {
                var of = services.TryGetValue(member.PersonId, out var list) ? list : services[member.PersonId] = [];
                if (!of.Contains(service.Id))
                    of.Add(service.Id);
            }

        var roles = network.Members
            .Where(m => m.Role is NetworkRole.Facilitator or NetworkRole.Participant && m.Joined <= day && (m.Left is null || m.Left >= day))
            .GroupBy(m => m.PersonId)
            .ToDictionary(g => g.Key, g => g.Min(m => m.Role));

        return services.Keys.Union(roles.Keys)
            .Select(id => new Invitee(id, services.TryGetValue(id, out var of) ? of : [], roles.TryGetValue(id, out var role) ? role : null))
            .ToList();
    }
}

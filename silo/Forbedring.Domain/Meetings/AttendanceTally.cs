using Forbedring.Abstractions.Meetings;

namespace Forbedring.Domain.Meetings;

/// <summary>Who was there for each service: its own invited people who came, and substitutes for them.</summary>
public static class AttendanceTally
{
    public static IReadOnlyDictionary<string, int> PresentPerService(IReadOnlyList<Invitee> invited, IReadOnlyList<Attendance> records)
    {
        var byPerson = invited.ToDictionary(i => i.PersonId);
        var counts = new Dictionary<string, int>();
        foreach (var record in records.Where(r => r.Status == AttendanceStatus.Present))
        {
            var representing = record.SubstituteForPersonId ?? (record.Guest ? null : record.PersonId);
            if (representing is null || !byPerson.TryGetValue(representing, out var invitee))
                continue;
            foreach (var serviceId in invitee.ServiceIds)
                counts[serviceId] = counts.GetValueOrDefault(serviceId) + 1;
        }
        return counts;
    }

    /// <summary>The invited services where none of their people (nor a substitute) came, but at least one sent apologies.</summary>
    public static IReadOnlySet<string> ExcusedServices(IReadOnlyList<Invitee> invited, IReadOnlyList<Attendance> records)
    {
        var present = PresentPerService(invited, records);
        var excused = records.Where(r => r.Status == AttendanceStatus.Excused).Select(r => r.PersonId).ToHashSet();
        return invited.Where(i => excused.Contains(i.PersonId)).SelectMany(i => i.ServiceIds).Where(s => !present.ContainsKey(s)).ToHashSet();
    }
}

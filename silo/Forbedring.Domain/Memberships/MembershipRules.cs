using Forbedring.Abstractions.Common;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Memberships;

public static class MembershipRules
{
    /// <summary>
    /// Ends every open membership of the person on the date, in place. Refuses (changing nothing)
    /// when there is none, or when the date is before one of them began.
    /// </summary>
    public static UserError? EndAll<T>(List<T> memberships, string personId, DateOnly end, string endField, string startField)
        where T : IMembership<T>
    {
        var open = Enumerable.Range(0, memberships.Count)
            .Where(i => memberships[i].PersonId == personId && memberships[i].End is null)
            .ToList();
        if (open.Count == 0)
            return Errors.NotFound("personId", "aktivt medlem", "active member", personId);
        if (open.Any(i => end < memberships[i].Start))
            return Errors.DatesOutOfOrder(endField, startField);
        foreach (var i in open)
            memberships[i] = memberships[i].EndOn(end);
        return null;
    }
}

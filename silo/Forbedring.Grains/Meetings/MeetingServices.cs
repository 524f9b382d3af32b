using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Forbedring.Grains.Meetings;

public static class MeetingServices
{
    /// <summary>The rows of every meeting: attendance, action items, the minutes it was closed with.</summary>
    public static IServiceCollection AddForbedringMeetings(this IServiceCollection services)
    {
        services.TryAddSingleton<MeetingRowStore>();
        return services;
    }
}

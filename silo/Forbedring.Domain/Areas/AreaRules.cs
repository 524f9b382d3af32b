using Forbedring.Abstractions.Areas;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Areas;

/// <summary>Validation of an improvement area's own text, and the caps that keep its grain state small.</summary>
public static class AreaRules
{
    public const int AimWhatMax = 500;
    public const int AimHowMuchMax = 200;

    // Caps on the lists an area keeps in its grain state; generous for an 18-month network,
    // small enough that the state stays far below the storage limit.
    public const int MaxMeasures = 30;
    public const int MaxCycles = 300;
    public const int MaxChangeIdeas = 60;
    public const int MaxMilestones = 100;
    public const int MaxRatings = 200;
    public const int MaxStatusChanges = 100;

    public static Check Validate(NewAreaInput input) =>
        Details(new Check().Required("networkId", input.NetworkId).Required("serviceId", input.ServiceId),
            input.Title, input.Problem, input.Aim);

    public static Check Validate(AreaDetailsInput input) => Details(new Check(), input.Title, input.Problem, input.Aim);

    private static Check Details(Check check, string title, string? problem, AimStatement? aim)
    {
        check.Required("title", title).Optional("problem", problem, Check.LongTextMax);
        if (aim is not null)
        {
            check.Optional("aim.what", aim.What, AimWhatMax)
                .Optional("aim.howMuch", aim.HowMuch, AimHowMuchMax)
                .Optional("aim.text", aim.Text, Check.ShortTextMax);
        }
        return check;
    }

    public const int ChangeIdeaTitleMax = Check.NameMax;
    public const int StatusNoteMax = Check.ShortTextMax;
    public const int RatingCommentMax = Check.ShortTextMax;

    public static Check Validate(ChangeIdeaInput input) => new Check()
        .Required("title", input.Title)
        .Optional("description", input.Description, Check.LongTextMax);

    public static Check Validate(MilestoneInput input) => new Check()
        .Required("title", input.Title)
        .Optional("description", input.Description, Check.ShortTextMax);

    /// <summary>The aim as stored: blanks become null, text is trimmed.</summary>
    public static AimStatement Normalise(AimStatement? aim) =>
        new(Trimmed(aim?.What), Trimmed(aim?.HowMuch), aim?.ByWhen, Trimmed(aim?.Text));

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

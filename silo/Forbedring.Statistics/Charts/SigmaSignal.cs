namespace Forbedring.Statistics.Charts;

/// <summary>One definition of "outside the 3-sigma limits", used for the points and for the verdict alike.</summary>
internal static class SigmaSignal
{
    /// <summary>
    /// +1 above the upper limit, −1 below the lower, 0 otherwise. Compared on the multiplied values with
    /// strict inequalities; an undefined (non-finite) limit never signals, a missing y never signals.
    /// </summary>
    public static int Side(double y, in Limits limits, double multiply)
    {
        var value = y * multiply;
        var upper = limits.Upper * multiply;
        if (double.IsFinite(upper) && value > upper)
        {
            return 1;
        }

        var lower = limits.Lower * multiply;
        return double.IsFinite(lower) && value < lower ? -1 : 0;
    }
}

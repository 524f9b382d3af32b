using System.Globalization;

namespace Forbedring.Statistics.Preparation;

/// <summary>
/// Which part each point belongs to and which points are baseline and included.
/// Positions are 0-based here; the user-facing spec is 1-based.
/// </summary>
internal sealed class SeriesLayout
{
    private readonly bool[]? _excluded;

    private SeriesLayout(int count, int[] segmentStart, int[] segmentPart, int baselineEnd, bool[]? excluded)
    {
        Count = count;
        SegmentStart = segmentStart;
        SegmentPart = segmentPart;
        BaselineEnd = baselineEnd;
        _excluded = excluded;
    }

    public int Count { get; }

    /// <summary>Start of each non-empty part, plus a final sentinel equal to <see cref="Count"/>.</summary>
    public int[] SegmentStart { get; }

    /// <summary>The 1-based part number of each non-empty part.</summary>
    public int[] SegmentPart { get; }

    public int Segments => SegmentPart.Length;

    /// <summary>Points before this position are baseline.</summary>
    public int BaselineEnd { get; }

    public bool HasExclusions => _excluded is not null;

    public bool IsIncluded(int i) => _excluded is null || !_excluded[i];

    public bool IsBaseline(int i) => i < BaselineEnd;

    /// <summary>The base set for centre lines and sigma: baseline and included.</summary>
    public bool IsBase(int i) => i < BaselineEnd && (_excluded is null || !_excluded[i]);

    public static SeriesLayout Whole(int count) => new(count, [0, count], count == 0 ? [] : [1], count, null);

    /// <summary>Builds the layout, adding errors for freeze/exclude out of range and warnings for ignored splits.</summary>
    public static SeriesLayout? Build(SeriesSpec spec, int count, ErrorList errors, List<AnalysisWarning> warnings)
    {
        var splits = new SortedSet<int>();
        if (spec.Parts is { Count: > 0 } parts)
        {
            foreach (var p in parts)
            {
                // Per the reference, split positions below 0 or at/after the last point are ignored.
                if (p < 0 || p >= count)
                {
                    var text = p.ToString(CultureInfo.InvariantCulture);
                    warnings.Add(new AnalysisWarning(
                        "PART_IGNORED",
                        $"Delingen etter punkt {text} er utenfor serien og er ignorert.",
                        $"The split after point {text} is outside the series and was ignored."));
                }
                else if (p > 0)
                {
                    // A split after point 0 is where the first part starts anyway: the reference adds 0 to the
                    // split points and drops duplicates, so it changes nothing and the first part stays part 1.
                    splits.Add(p);
                }
            }
        }

        var baselineEnd = count;
        if (spec.Freeze is { } freeze)
        {
            if (spec.Parts is { Count: > 0 })
            {
                warnings.Add(new AnalysisWarning(
                    "FREEZE_IGNORED",
                    "Frysing av grunnlinjen ignoreres når serien er delt.",
                    "The baseline freeze is ignored when the series is split into parts."));
            }
            else if (freeze < 1)
            {
                errors.Add(
                    "FREEZE_OUT_OF_RANGE",
                    "freeze",
                    "Grunnlinjen (freeze) må være minst 1 punkt.",
                    "The baseline (freeze) must be at least 1 point.");
            }
            else if (freeze > count)
            {
                // As the reference does: every point is then a baseline point.
                var n = count.ToString(CultureInfo.InvariantCulture);
                warnings.Add(new AnalysisWarning(
                    "FREEZE_BEYOND_SERIES",
                    $"Grunnlinjen (freeze) er lengre enn serien ({n} punkter); alle punktene er grunnlinje.",
                    $"The baseline (freeze) is longer than the series ({n} points); every point is baseline."));
            }
            else
            {
                baselineEnd = freeze;
            }
        }

        bool[]? excluded = null;
        if (spec.Exclude is { Count: > 0 } exclude)
        {
            excluded = new bool[count];
            for (var k = 0; k < exclude.Count; k++)
            {
                var e = exclude[k];
                if (e < 1 || e > count)
                {
                    // The reference simply never matches such a position; say so rather than refuse.
                    var n = count.ToString(CultureInfo.InvariantCulture);
                    var text = e.ToString(CultureInfo.InvariantCulture);
                    warnings.Add(new AnalysisWarning(
                        "EXCLUDE_OUT_OF_RANGE",
                        $"Punkt {text} finnes ikke (serien har punktene 1 til {n}) og er ignorert i utelatelsene.",
                        $"Point {text} does not exist (the series has points 1 to {n}) and was ignored in the exclusions."));
                }
                else
                {
                    excluded[e - 1] = true;
                }
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        // Part k covers positions after split k-1 up to split k; an empty part keeps its number but no segment.
        var starts = new List<int>();
        var numbers = new List<int>();
        var previous = 0;
        var number = 1;
        foreach (var split in splits.Append(count))
        {
            if (split > previous)
            {
                starts.Add(previous);
                numbers.Add(number);
            }

            previous = split;
            number++;
        }

        starts.Add(count);
        return new SeriesLayout(count, [.. starts], [.. numbers], baselineEnd, excluded);
    }
}

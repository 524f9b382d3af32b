using FsCheck;
using FsCheck.Xunit;
using Forbedring.Statistics.Rules;

namespace Forbedring.Statistics.Tests;

/// <summary>The 64-points-at-a-time counts must equal the plain definition on any series.</summary>
public class RunCountsTests
{
    /// <summary>Useful points are those not missing and not on the line; runs and the longest run are over them alone.</summary>
    private static (int Useful, int Runs, int Longest) Plain(double[] y, double cl)
    {
        var sides = y.Where(v => v > cl || v < cl).Select(v => v > cl).ToList();
        int runs = 0, longest = 0, current = 0;
        for (var i = 0; i < sides.Count; i++)
        {
            current = i > 0 && sides[i] == sides[i - 1] ? current + 1 : 1;
            runs += current == 1 ? 1 : 0;
            longest = Math.Max(longest, current);
        }

        return (sides.Count, runs, longest);
    }

    /// <summary>Values 0..4 around a line at 2, so points on the line are common; 5 is missing; long stretches of one side come from the raw bytes.</summary>
    private static double[] Series(byte[] raw, int repeat) =>
        [.. raw.SelectMany(b => Enumerable.Repeat(b % 6 == 5 ? double.NaN : b % 6, 1 + (b % Math.Max(1, repeat))))];

    [Property(MaxTest = 400)]
    public bool Counts_match_the_plain_definition(byte[] raw, PositiveInt repeat)
    {
        var y = Series(raw, repeat.Get % 90);
        var (useful, runs, longest) = Plain(y, 2);
        var counts = RunCounts.Count(y, 2);
        return counts == new RunCounts.Counts(useful, runs, longest);
    }

    [Theory]
    // One side only: one run as long as the series, across block boundaries.
    [InlineData(64, 1)]
    [InlineData(65, 1)]
    [InlineData(200, 1)]
    // Alternating: every point its own run.
    [InlineData(200, 2)]
    // Blocks of 64 above then 64 below, exactly on the block boundaries: runs of 64.
    [InlineData(256, 64)]
    // Runs of 63 and 65 straddle every boundary.
    [InlineData(300, 63)]
    [InlineData(300, 65)]
    public void Runs_across_block_boundaries(int length, int runLength)
    {
        var y = Enumerable.Range(0, length).Select(i => (i / runLength) % 2 == 0 ? 3.0 : 1.0).ToArray();
        var expectedRuns = (length + runLength - 1) / runLength;
        var counts = RunCounts.Count(y, 2);
        Assert.Equal(new RunCounts.Counts(length, expectedRuns, Math.Min(length, runLength)), counts);
        Assert.Equal(Plain(y, 2), (counts.Useful, counts.Runs, counts.Longest));
    }

    [Fact]
    public void An_undefined_line_leaves_no_useful_point()
    {
        Assert.Equal(new RunCounts.Counts(0, 0, 0), RunCounts.Count(Enumerable.Repeat(1.0, 130).ToArray(), double.NaN));
    }

    [Theory]
    [InlineData(ChartType.Run, 1)]
    [InlineData(ChartType.I, 2)]
    [InlineData(ChartType.I, 3)]
    public void A_long_part_without_exclusions_gets_the_same_runs_analysis_as_the_plain_definition(ChartType chart, int seed)
    {
        // 1,000 points of noise with a level shift at 600 (so some series signal) and missing values.
        var random = new Random(seed);
        var ys = Enumerable.Range(0, 1000)
            .Select(i => i % 97 == 0 ? (double?)null : Math.Round(random.NextDouble() * 10 + (i >= 600 ? seed - 2 : 0), 1))
            .ToArray();
        var analysis = TestData.Analyze(TestData.Spec(chart, ys));
        var cl = analysis.Points[0].CenterLine!.Value;
        var (useful, runs, longest) = Plain([.. ys.Select(v => v ?? double.NaN)], cl);
        var part = analysis.Parts[0];
        Assert.Equal((1000, useful, runs - 1, longest), (part.Observations, part.UsefulObservations, part.Crossings, part.LongestRun));
    }
}

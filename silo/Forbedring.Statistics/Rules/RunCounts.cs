using System.Numerics;
using System.Runtime.Intrinsics;

namespace Forbedring.Statistics.Rules;

/// <summary>
/// The counts of the runs analysis (useful points, runs, longest run) for consecutive points with no
/// exclusions, 64 points at a time: one bit per point says "above the centre line", and runs are where
/// neighbouring bits differ. A block holding a missing point or a point on the line (both dropped)
/// goes point by point through the same state, so a dropped point's neighbours still meet.
/// </summary>
internal static class RunCounts
{
    public readonly record struct Counts(int Useful, int Runs, int Longest);

    private const int Block = 64;

    /// <summary>Bits 0..62 of a block: bit i compares point i with point i + 1.</summary>
    private const ulong Pairs = ulong.MaxValue >> 1;

    public static Counts Count(ReadOnlySpan<double> y, double cl)
    {
        var state = new State();
        var i = 0;
        for (; i + Block <= y.Length; i += Block)
        {
            var (above, below) = Sides(y.Slice(i, Block), cl);
            if ((above | below) == ulong.MaxValue)
            {
                state.AddBlock(above);
            }
            else
            {
                for (var k = 0; k < Block; k++)
                {
                    state.AddPoint((int)((above >> k) & 1) - (int)((below >> k) & 1));
                }
            }
        }

        for (; i < y.Length; i++)
        {
            state.AddPoint((y[i] > cl ? 1 : 0) - (y[i] < cl ? 1 : 0));
        }

        return new Counts(state.Useful, state.Runs, state.Longest);
    }

    /// <summary>Bit k set: point k is above (below) the line. NaN is neither.</summary>
    private static (ulong Above, ulong Below) Sides(ReadOnlySpan<double> block, double cl)
    {
        var line = Vector256.Create(cl);
        ulong above = 0, below = 0;
        var width = Vector256<double>.Count;
        for (var j = 0; j < Block; j += width)
        {
            var v = Vector256.Create(block.Slice(j, width));
            above |= (ulong)Vector256.GreaterThan(v, line).ExtractMostSignificantBits() << j;
            below |= (ulong)Vector256.LessThan(v, line).ExtractMostSignificantBits() << j;
        }

        return (above, below);
    }

    private struct State
    {
        public int Useful;
        public int Runs;
        public int Longest;
        private int _current; // length of the run at the end of what has been added; 0 before the first useful point
        private bool _currentAbove;

        public void AddPoint(int side)
        {
            if (side == 0)
            {
                return;
            }

            Useful++;
            var above = side > 0;
            if (_current > 0 && above == _currentAbove)
            {
                _current++;
            }
            else
            {
                Runs++;
                _current = 1;
                _currentAbove = above;
            }

            Longest = Math.Max(Longest, _current);
        }

        /// <summary>64 useful points; bit k set when point k is above the line.</summary>
        public void AddBlock(ulong above)
        {
            var changes = (above ^ (above >> 1)) & Pairs; // bit i: points i and i+1 on different sides
            var same = ~changes & Pairs;                   // bit i: points i and i+1 on the same side
            var joins = _current > 0 && ((above & 1) != 0) == _currentAbove;
            Runs += BitOperations.PopCount(changes) + (joins ? 0 : 1);

            // A run of m points is m − 1 consecutive set bits of "same".
            var first = BitOperations.TrailingZeroCount(~same) + 1;   // 64 when the block is one run
            var last = BitOperations.LeadingZeroCount(~(same << 1)) + 1;
            var inside = 0;
            for (var x = same; x != 0; x &= x >> 1)
            {
                inside++;
            }

            var start = joins ? _current + first : first;
            Longest = Math.Max(Longest, Math.Max(inside + 1, start));
            _current = first == Block ? start : last;
            _currentAbove = (above >> 63) != 0;
            Useful += Block;
        }
    }
}

namespace Forbedring.Statistics.Rules;

/// <summary>
/// Limits for the IHI "too few or too many runs" rule, 10 to 60 useful points.
/// Perla, Provost &amp; Murray (2011, Table 1) print limits from Swed &amp; Eisenhart (1943). We do not
/// copy that table: we compute it from the exact Wald–Wolfowitz distribution of the number of runs
/// with n1 = floor(n/2) points on one side and n2 = ceil(n/2) on the other, cutting 2.5% in each tail
/// (a two-sided 5% test). Too few: runs &lt; Lower. Too many: runs &gt; Upper. For n = 10 this gives 3 and 9,
/// for 16 gives 5 and 13, for 60 gives 24 and 38; a row of the printed table may differ by one where
/// it rounds differently.
/// </summary>
internal static class RunsDistribution
{
    public const int MinUseful = 10;
    public const int MaxUseful = 60;
    private const double TailProbability = 0.025;

    private static readonly (int Lower, int Upper)[] Table = BuildTable();

    public static (int Lower, int Upper) Limits(int useful) => Table[useful - MinUseful];

    private static (int, int)[] BuildTable()
    {
        var table = new (int, int)[MaxUseful - MinUseful + 1];
        for (var n = MinUseful; n <= MaxUseful; n++)
        {
            table[n - MinUseful] = Compute(n / 2, n - (n / 2));
        }

        return table;
    }

    /// <summary>Lower: the smallest r with P(R ≤ r) &gt; 2.5%. Upper: the largest r with P(R ≥ r) &gt; 2.5%.</summary>
    internal static (int Lower, int Upper) Compute(int n1, int n2)
    {
        var total = n1 + n2;
        var probabilities = new double[total + 1];
        var all = Choose(total, n1);
        for (var r = 2; r <= total; r++)
        {
            double ways;
            if (r % 2 == 0)
            {
                var k = r / 2;
                ways = 2 * Choose(n1 - 1, k - 1) * Choose(n2 - 1, k - 1);
            }
            else
            {
                var k = (r - 1) / 2;
                ways = (Choose(n1 - 1, k - 1) * Choose(n2 - 1, k)) + (Choose(n1 - 1, k) * Choose(n2 - 1, k - 1));
            }

            probabilities[r] = ways / all;
        }

        int lower = 2, upper = total;
        double cumulative = 0;
        for (var r = 2; r <= total; r++)
        {
            if (cumulative + probabilities[r] > TailProbability)
            {
                lower = r;
                break;
            }

            cumulative += probabilities[r];
        }

        cumulative = 0;
        for (var r = total; r >= 2; r--)
        {
            if (cumulative + probabilities[r] > TailProbability)
            {
                upper = r;
                break;
            }

            cumulative += probabilities[r];
        }

        return (lower, upper);
    }

    /// <summary>Binomial coefficient as a double; exact enough for n ≤ 60 (ratios are all we need).</summary>
    private static double Choose(int n, int k)
    {
        if (k < 0 || n < 0 || k > n)
        {
            return 0;
        }

        double result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }
}

namespace Forbedring.Statistics.Numerics;

/// <summary>Quantiles of the fair-coin binomial distribution, for the Anhøj crossings rule.</summary>
internal static class Binomial
{
    private const double Ln2 = 0.69314718055994530942;

    /// <summary>
    /// The smallest k with P(Binomial(trials, 0.5) ≤ k) ≥ p. Exact summation for up to 1,000 trials
    /// (2^-1000 is still a normal double); above that the sum starts from a normal-approximation guess
    /// and adds log-space terms, which costs O(√trials) instead of O(trials).
    /// </summary>
    public static int FairCoinQuantile(int trials, double p)
    {
        if (trials <= 0)
        {
            return 0;
        }

        if (trials <= 1000)
        {
            var pmf = Math.Pow(0.5, trials);
            var cdf = pmf;
            var k = 0;
            while (cdf < p && k < trials)
            {
                pmf *= (double)(trials - k) / (k + 1);
                k++;
                cdf += pmf;
            }

            return k;
        }

        return LargeQuantile(trials, p);
    }

    private static int LargeQuantile(int trials, double p)
    {
        var mean = trials / 2.0;
        var sd = Math.Sqrt(trials) / 2;
        var z = NormalQuantileLowerTail(p);
        var k = Math.Clamp((int)Math.Floor(mean + (z * sd)), 0, trials);
        var cdf = Cdf(trials, k);
        if (cdf >= p)
        {
            // Step down while the smaller k still reaches p.
            while (k > 0)
            {
                var below = cdf - Pmf(trials, k);
                if (below < p)
                {
                    break;
                }

                cdf = below;
                k--;
            }
        }
        else
        {
            while (cdf < p && k < trials)
            {
                k++;
                cdf += Pmf(trials, k);
            }
        }

        return k;
    }

    private static double Pmf(int trials, int k) =>
        Math.Exp(SpecialFunctions.LogGamma(trials + 1) - SpecialFunctions.LogGamma(k + 1) - SpecialFunctions.LogGamma(trials - k + 1) - (trials * Ln2));

    /// <summary>P(X ≤ k), summing downwards from k until the terms no longer matter (k is below the mode).</summary>
    private static double Cdf(int trials, int k)
    {
        double sum = 0;
        for (var j = k; j >= 0; j--)
        {
            var term = Pmf(trials, j);
            sum += term;
            if (term < sum * 1e-17)
            {
                break;
            }
        }

        return sum;
    }

    /// <summary>A rough normal quantile (Abramowitz &amp; Stegun 26.2.23); only used as a starting guess.</summary>
    private static double NormalQuantileLowerTail(double p)
    {
        var q = p < 0.5 ? p : 1 - p;
        var t = Math.Sqrt(-2 * Math.Log(q));
        var x = t - ((2.515517 + (0.802853 * t) + (0.010328 * t * t)) / (1 + (1.432788 * t) + (0.189269 * t * t) + (0.001308 * t * t * t)));
        return p < 0.5 ? -x : x;
    }
}

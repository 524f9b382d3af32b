namespace Forbedring.Load;

/// <summary>
/// Command-line settings: --url, --storage, --clients, --seconds, --scenarios, --growth-points,
/// --results (write the results as JSON, for <c>compare</c>), --soak-minutes and --watch-pids (the soak run).
/// </summary>
public sealed record LoadOptions(
    Uri Url,
    string Storage,
    int Clients,
    TimeSpan Duration,
    IReadOnlySet<string> Scenarios,
    int GrowthPoints,
    string? Results,
    double SoakMinutes,
    IReadOnlyList<int> WatchPids)
{
    public static readonly string[] AllScenarios = ["raw", "log", "area", "overview", "analyze", "growth"];

    public static LoadOptions Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var scenarios = Get("scenarios", "all");
        return new LoadOptions(
            new Uri(Get("url", "http://127.0.0.1:5080")),
            Get("storage", "UseDevelopmentStorage=true"),
            int.Parse(Get("clients", "8")),
            TimeSpan.FromSeconds(double.Parse(Get("seconds", "15"), invariant)),
            (scenarios == "all" ? AllScenarios : scenarios.Split(',')).ToHashSet(),
            int.Parse(Get("growth-points", "10000")),
            Get("results", "") is { Length: > 0 } results ? results : null,
            double.Parse(Get("soak-minutes", "0"), invariant),
            Get("watch-pids", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray());
    }
}

namespace Forbedring.Load;

/// <summary>Command-line settings: --url, --storage, --clients, --seconds, --scenarios, --growth-points.</summary>
public sealed record LoadOptions(
    Uri Url,
    string Storage,
    int Clients,
    TimeSpan Duration,
    IReadOnlySet<string> Scenarios,
    int GrowthPoints)
{
    public static readonly string[] AllScenarios = ["raw", "log", "area", "overview", "analyze", "growth"];

    public static LoadOptions Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var scenarios = Get("scenarios", "all");
        return new LoadOptions(
            new Uri(Get("url", "http://127.0.0.1:5080")),
            Get("storage", "UseDevelopmentStorage=true"),
            int.Parse(Get("clients", "8")),
            TimeSpan.FromSeconds(double.Parse(Get("seconds", "15"), System.Globalization.CultureInfo.InvariantCulture)),
            (scenarios == "all" ? AllScenarios : scenarios.Split(',')).ToHashSet(),
            int.Parse(Get("growth-points", "10000")));
    }
}

using Forbedring.Load;

// The load tool: drives a running app's /graphql with N concurrent clients and prints throughput
// and latency percentiles per scenario. Run it through `./forbedring load` (which starts a fresh
// Azurite and app), or point it at a running app with --url and --storage.
// `compare ONE.json TWO.json`: the scaling report of two runs written with --results (./forbedring scaling).
if (args is ["compare", var onePath, var twoPath])
    return ScalingReport.Compare(onePath, twoPath);

var options = LoadOptions.Parse(args);
// Signed in as the installation's administrator (the first to register on a fresh store), so
// every scenario passes the same access checks as real users' requests.
using var http = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() })
{
    BaseAddress = options.Url,
    Timeout = TimeSpan.FromSeconds(30),
};
await LoadAccount.SignInAsync(http);
var api = new GraphQLClient(http);
var fixtures = new Fixtures(api);
var results = new List<LoadResult>();
var notes = new List<string>();
var run = Guid.NewGuid().ToString("N")[..6];

Console.WriteLine($"Forbedring load: {options.Url} clients={options.Clients} duration={options.Duration.TotalSeconds}s cores={Environment.ProcessorCount}");
await api.SendAsync("{ version }");

if (options.SoakMinutes > 0)
    return await Soak.RunAsync(api, fixtures, options, run);

LoadResult? raw = null;
if (options.Scenarios.Contains("raw"))
{
    raw = await RawTableInserts.RunAsync(options.Storage, options.Clients, options.Duration, int.MaxValue);
    results.Add(raw);
    Console.WriteLine(raw);
}

if (options.Scenarios.Contains("log"))
{
    // Each client logs into a measure of its own, as staff in different services would.
    var (networkId, serviceId) = await fixtures.NetworkWithServiceAsync("Last logging " + run);
    var areaId = await fixtures.AreaAsync(networkId, serviceId, "Logging");
    var measures = new string[options.Clients];
    for (var i = 0; i < measures.Length; i++)
        measures[i] = await fixtures.MeasureAsync(areaId, $"Måling {i}");
    var perClient = new int[options.Clients];
    var log = await LoadRunner.RunAsync("logMeasurement (durable)", options.Clients, options.Duration, int.MaxValue, async (client, _) =>
    {
        var n = perClient[client]++;
        await api.MutateAsync("logMeasurement", "point", "LogMeasurementInput",
            new { measureId = measures[client], period = Fixtures.Day(new DateOnly(1950, 1, 1), n), numerator = 3.0, denominator = 10.0 }, "period");
    });
    results.Add(log);
    Console.WriteLine(log);
    if (raw is not null)
        notes.Add($"logging / raw insert throughput ratio = {log.Throughput / raw.Throughput:F2} (target >= 0.8)");
}

if (options.Scenarios.Contains("area"))
{
    var (networkId, serviceId) = await fixtures.NetworkWithServiceAsync("Last område " + run);
    var areaId = await fixtures.AreaAsync(networkId, serviceId, "Område med tre målinger");
    for (var i = 0; i < 3; i++)
        await fixtures.FillAsync(await fixtures.MeasureAsync(areaId, $"Måling {i}"), 100);
    const string query = "query($id: ID!) { improvementArea(id: $id) { title measures { name points { period value } chart { analysis { points { y centerLine upperLimit lowerLimit } verdict { messageNb } } } } } }";
    var area = await LoadRunner.RunAsync("read area, 3 x 100 points", options.Clients, options.Duration, int.MaxValue,
        (_, _) => api.SendAsync(query, new { id = areaId }));
    results.Add(area);
    Console.WriteLine(area);
}

if (options.Scenarios.Contains("overview"))
{
    var networkId = await OverviewScenario.SetUpAsync(api, fixtures, run, services: 20, areasPerService: 3, measuresPerArea: 3);
    await OverviewScenario.QueryAsync(api, networkId); // warm the grains
    var overview = await LoadRunner.RunAsync("network overview 20x3x3", options.Clients, options.Duration, int.MaxValue,
        (_, _) => OverviewScenario.QueryAsync(api, networkId));
    results.Add(overview);
    Console.WriteLine(overview);
    notes.Add($"overview p95 = {overview.Percentile(95):F2} ms (target <= 50 ms, warm grains)");
}

if (options.Scenarios.Contains("analyze"))
{
    // The stateless analyzeSeries query with 1,000 points: an I chart with the Anhøj rules, round trip.
    var random = new Random(42);
    var observations = Enumerable.Range(1, 1000).Select(i => new { x = i.ToString(), y = 50 + random.NextDouble() * 10 }).ToArray();
    const string query = "query($input: SeriesAnalysisInput!) { analyzeSeries(input: $input) { points { y centerLine lowerLimit upperLimit sigmaSignal } parts { runsSignal longestRun crossings } } }";
    var analyze = await LoadRunner.RunAsync("analyzeSeries 1,000 points", options.Clients, options.Duration, int.MaxValue,
        (_, _) => api.SendAsync(query, new { input = new { chart = "I", observations } }));
    results.Add(analyze);
    Console.WriteLine(analyze);
}

if (options.Scenarios.Contains("growth"))
{
    // One client, one measure: does the 10,000th point cost what the 10th did? The same sequence of
    // single-row inserts straight into the table service shows what the store itself adds.
    var (networkId, serviceId) = await fixtures.NetworkWithServiceAsync("Last vekst " + run);
    var measureId = await fixtures.MeasureAsync(await fixtures.AreaAsync(networkId, serviceId, "Vekst"), "Vekst");
    var ours = await Growth.MeasureAsync(options.GrowthPoints, n => api.MutateAsync("logMeasurement", "point", "LogMeasurementInput",
        new { measureId, period = Fixtures.Day(new DateOnly(1950, 1, 1), n), numerator = 1.0, denominator = 2.0 }, "period"));
    notes.Add("growth, logMeasurement: " + ours);
    var floor = await RawTableInserts.GrowthAsync(options.Storage, options.GrowthPoints);
    notes.Add("growth, raw table insert: " + floor);
}

if (options.Results is not null)
    ScalingReport.Write(options.Results, results);

Console.WriteLine();
foreach (var note in notes)
    Console.WriteLine(note);
return results.Any(r => r.Errors > 0) ? 1 : 0;

using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Domain.Measures;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

using Forbedring.Abstractions.Transfer;
using Forbedring.Grains.Transfer;

namespace Forbedring.Grains.Measures;

/// <summary>
/// A measure: its definition and chart settings as grain state, its points as rows. The points are
/// read once per activation and kept in memory; every log writes only its own rows. The analysis is
/// cached and recomputed only after the data or the settings change.
/// </summary>
public sealed class MeasureGrain(
    [PersistentState("measure", ForbedringSilo.StorageName)] IPersistentState<MeasureState> state,
    PointStore store,
    TimeProvider time) : Grain, IMeasureGrain
{
    public const int MaxExclusions = 500;

    private SeriesRows? series;
    private MeasureChart? chart;
    private MeasureSummary? summary;
    private const int SparklinePoints = 24;

    private MeasureState S => state.State;
    private MeasureDefinition Definition => S.Definition!;
    private string Id => this.GetPrimaryKeyString();

    public Task<MeasureView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public async Task<TransferRecord?> ExportState() =>
        S.Exists ? StateJson.Export("Measure", Id, S, await store.ExportAsync(Id)) : null;

    /// <summary>Rows first: a measure whose state exists always has its points.</summary>
    public async Task<Result<bool>> ImportState(TransferRecord record)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"«{record.Id}»", $"'{record.Id}'");
        await store.ImportAsync(Id, record.Rows);
        Forget();
        return await state.ImportAsync(this, record, "Measure", s => s.Exists);
    }

    public async Task<Result<MeasureView>> Create(string areaId, MeasureDefinition definition, string? templateMeasureId, Actor actor)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"Målingen «{Id}»", $"Measure '{Id}'");
        var check = MeasureRules.Validate(definition);
        if (string.IsNullOrWhiteSpace(areaId))
            check.Add(Errors.Required("areaId"));
        else if (await GrainFactory.GetGrain<IImprovementAreaGrain>(areaId).Get() is null)
            check.Add(Errors.NotFound("areaId", "forbedringsområde", "improvement area", areaId));
        if (check.Failed)
            return Result<MeasureView>.Failure(check.Errors);

        S.Exists = true;
        S.AreaId = areaId;
        S.Definition = Normalized(definition);
        S.TemplateMeasureId = string.IsNullOrWhiteSpace(templateMeasureId) ? null : templateMeasureId;
        S.Created = Stamp.Of(actor, time.GetUtcNow());
        var created = await SaveAsync();

        var linked = await GrainFactory.GetGrain<IImprovementAreaGrain>(areaId).LinkMeasure(Id);
        if (!linked.Succeeded)
        {
            // The area refused the measure: take the measure back out so nothing half-made remains.
            await state.ClearStateAsync();
            return Result<MeasureView>.Failure(linked.Errors);
        }
        return created;
    }

    public async Task<Result<MeasureView>> Update(MeasureDefinition definition, int expectedVersion, Actor actor)
    {
        if (Missing("id") is { } missing) return Result<MeasureView>.Failure(missing);
        var rows = await SeriesAsync();
        var check = MeasureRules.ValidateChange(Definition, definition, rows.Points.Count).Version("expectedVersion", expectedVersion, S.Version);
        if (check.Failed)
            return Result<MeasureView>.Failure(check.Errors);
        S.Definition = Normalized(definition);
        return await SaveAsync();
    }

    public async Task<Result<MeasureView>> UpdateChartSettings(ChartSettingsInput input, int expectedVersion, Actor actor)
    {
        if (Missing("id") is { } missing) return Result<MeasureView>.Failure(missing);
        var check = MeasureRules.Validate(input, Definition.Frequency).Version("expectedVersion", expectedVersion, S.Version);
        if (check.Failed)
            return Result<MeasureView>.Failure(check.Errors);
        var settings = MeasureRules.Settings(input);
        S.Definition = Definition with { Chart = input.Chart, RuleSet = input.RuleSet };
        S.BaselineEnd = settings.BaselineEnd;
        S.Phases = settings.Phases.ToList();
        return await SaveAsync();
    }

    public async Task<IReadOnlyList<MeasurePoint>> GetPoints() => S.Exists ? Points(await SeriesAsync()) : [];

    public async Task<Result<MeasurePoint>> Log(PointInput input, Actor actor)
    {
        if (Missing("measureId") is { } missing) return missing;
        var (period, errors) = PointRules.Validate(Definition, input);
        errors = [.. errors, .. new Check().Validate(input.ClientRequestId).Errors];
        if (errors.Count > 0)
            return Result<MeasurePoint>.Failure(errors);
        var rows = await SeriesAsync();
        var by = Stamp.Of(actor, time.GetUtcNow());
        var receipt = Receipt(input.ClientRequestId, period!, ClientRequests.Fingerprint(period!, input, actor.PersonId), by);
        if (await Earlier(rows, receipt) is { } earlier)
            return earlier;
        await WriteAsync(rows, [Stored(period!, input, by)], by, keepHistory: true, receipt);
        return PointView(rows, period!);
    }

    public async Task<Result<MeasurePoint>> LogTally(TallyInput input, Actor actor)
    {
        if (Missing("measureId") is { } missing) return missing;
        var check = new Check();
        var period = PointRules.ResolvePeriod(check, Definition.Frequency, input.Period, input.Date);
        if (PointRules.Tally(Definition.DataKind, null, input.Done) is null)
            check.Add(Errors.TallyNotSupported("measureId"));
        check.Validate(input.ClientRequestId);
        if (check.Failed)
            return Result<MeasurePoint>.Failure(check.Errors);

        var rows = await SeriesAsync();
        var by = Stamp.Of(actor, time.GetUtcNow());
        var receipt = Receipt(input.ClientRequestId, period!, ClientRequests.Fingerprint(period!, input, actor.PersonId), by);
        if (await Earlier(rows, receipt) is { } earlier)
            return earlier;
        var current = rows.Points.GetValueOrDefault(period!);
        var (value, numerator, denominator) = PointRules.Tally(Definition.DataKind, current is null ? null : ViewOf(rows, current), input.Done)!.Value;
        // A tally adds to the period rather than correcting it, so it keeps no history row.
        await WriteAsync(rows, [new StoredPoint(period!, value, numerator, denominator, current?.Note, by, default)], by, keepHistory: false, receipt);
        return PointView(rows, period!);
    }

    public async Task<Result<IReadOnlyList<MeasurePoint>>> LogMany(IReadOnlyList<PointInput> points, Actor actor)
    {
        if (Missing("measureId") is { } missing) return Result<IReadOnlyList<MeasurePoint>>.Failure(missing);
        var check = new Check();
        if (points.Count == 0)
            check.Add(Errors.Required("points"));
        check.MaxCount("points", points, PointRules.MaxPointsPerCall);
        var periods = new List<string>();
        for (var i = 0; i < points.Count && !check.Errors.Any(e => e.Code == "TOO_MANY"); i++)
        {
            var (period, errors) = PointRules.Validate(Definition, points[i], $"points[{i}].");
            check.AddRange(errors);
            if (period is null)
                continue;
            if (periods.IndexOf(period) is var first and >= 0)
                check.Add(Errors.Duplicate($"points[{i}].period", $"Perioden {period} (også i points[{first}])", $"The period {period} (also in points[{first}])"));
            periods.Add(period);
        }
        if (check.Failed)
            return Result<IReadOnlyList<MeasurePoint>>.Failure(check.Errors);

        var rows = await SeriesAsync();
        var by = Stamp.Of(actor, time.GetUtcNow());
        await WriteAsync(rows, points.Select((p, i) => Stored(periods[i], p, by)).ToList(), by, keepHistory: true);
        return periods.Select(p => PointView(rows, p)).ToList();
    }

    public async Task<Result<MeasurePoint>> Annotate(string period, string text, Actor actor)
    {
        if (Missing("measureId") is { } missing) return missing;
        var check = new Check().Required("text", text, PointRules.NoteMax);
        var rows = await SeriesAsync();
        var known = KnownPeriod(check, rows, period);
        if (check.Failed)
            return Result<MeasurePoint>.Failure(check.Errors);
        try
        {
            rows.AnnotationsOf(known!).Add(await store.AnnotateAsync(Id, known!, text.Trim(), Stamp.Of(actor, time.GetUtcNow())));
        }
        catch
        {
            Forget();
            throw;
        }
        return PointView(rows, known!);
    }

    public async Task<Result<MeasurePoint>> Exclude(string period, string reason, Actor actor)
    {
        if (Missing("measureId") is { } missing) return missing;
        var check = new Check().Required("reason", reason, PointRules.NoteMax);
        var rows = await SeriesAsync();
        var known = KnownPeriod(check, rows, period);
        if (S.Exclusions.Count >= MaxExclusions && known is not null && !S.Exclusions.ContainsKey(known))
            check.Add(Errors.TooMany("period", MaxExclusions));
        if (check.Failed)
            return Result<MeasurePoint>.Failure(check.Errors);
        S.Exclusions[known!] = new PointExclusion(reason.Trim(), Stamp.Of(actor, time.GetUtcNow()));
        await SaveAsync(versioned: false);
        return PointView(rows, known!);
    }

    public async Task<Result<MeasurePoint>> Include(string period, Actor actor)
    {
        if (Missing("measureId") is { } missing) return missing;
        var check = new Check();
        var rows = await SeriesAsync();
        var known = KnownPeriod(check, rows, period);
        if (known is not null && !S.Exclusions.ContainsKey(known))
            check.Add(Errors.Invalid("period", $"Punktet {known} er ikke utelatt.", $"The point {known} is not excluded."));
        if (check.Failed)
            return Result<MeasurePoint>.Failure(check.Errors);
        S.Exclusions.Remove(known!);
        await SaveAsync(versioned: false);
        return PointView(rows, known!);
    }

    public async Task<MeasureChart?> GetChart()
    {
        if (!S.Exists)
            return null;
        return chart ??= SeriesBuilder.Analyze(Definition, Settings(), Points(await SeriesAsync()));
    }

    public async Task<MeasureSummary?> GetSummary()
    {
        if (summary is not null || await GetChart() is not { } current)
            return summary;
        var rows = series!;
        var latest = rows.Points.Count > 0 ? rows.Points.Values.Last() : null;
        var lastLogged = rows.Points.Values.Select(p => p.Logged).MaxBy(s => s.At);
        var verdict = current.Analysis?.Verdict;
        var loggedBy = rows.Points.Values.Select(p => p.Logged.PersonId).Distinct().ToList();
        return summary = new MeasureSummary(
            Id, S.AreaId, Definition.Name, Definition.Kind, Definition.DataKind, latest?.Period,
            latest is null ? null : ValueKinds.Plotted(Definition.DataKind, latest.Value, latest.Numerator, latest.Denominator),
            rows.Points.Count, lastLogged, verdict?.Variation, verdict?.Assurance, verdict?.MessageNb, verdict?.MessageEn, current.Choice.Chart)
        {
            LoggedBy = loggedBy,
            Recent = current.Analysis is { } analysis
                ? analysis.Points.Skip(Math.Max(0, analysis.Points.Count - SparklinePoints)).Select(p => p.Y).ToList()
                : [],
        };
    }

    public async Task<CsvImportResult> ImportCsv(string csv, bool dryRun, Actor actor)
    {
        if (Missing("measureId") is { } missing)
            return new CsvImportResult([], 0, dryRun, [missing]);
        var parsed = CsvImport.Parse(csv, Definition);
        var rows = await SeriesAsync();
        var results = parsed.Rows.Select(r => r with { Replaces = r.Point?.Period is { } p && rows.Points.ContainsKey(p) }).ToList();
        if (dryRun || !parsed.Succeeded)
            return new CsvImportResult(results, 0, dryRun, parsed.Errors);

        var by = Stamp.Of(actor, time.GetUtcNow());
        await WriteAsync(rows, results.Select(r => Stored(r.Point!.Period!, r.Point, by)).ToList(), by, keepHistory: true);
        return new CsvImportResult(results, results.Count, dryRun, []);
    }

    public async Task<string?> ExportCsv() => S.Exists ? CsvExport.Write(Definition, Points(await SeriesAsync())) : null;

    private async Task<SeriesRows> SeriesAsync() => series ??= await store.LoadAsync(Id);

    private static RequestReceipt? Receipt(string? clientRequestId, string period, string fingerprint, Stamp by) =>
        clientRequestId is null ? null : new RequestReceipt(clientRequestId, period, fingerprint, by);

    /// <summary>
    /// A request key seen before: its period's point as it stands now, written once. The same key
    /// with other content is refused. Looked up in the table (one point read), not kept in memory,
    /// so a retry days later on another activation is still recognised.
    /// </summary>
    private async Task<Result<MeasurePoint>?> Earlier(SeriesRows rows, RequestReceipt? receipt)
    {
        if (receipt is null || await store.FindReceiptAsync(Id, receipt.Id) is not { } earlier)
            return null;
        if (earlier.Fingerprint != receipt.Fingerprint || !rows.Points.ContainsKey(earlier.Period))
            return Result<MeasurePoint>.Failure(ClientRequests.Reused(receipt.Id));
        return PointView(rows, earlier.Period);
    }

    private async Task WriteAsync(SeriesRows rows, IReadOnlyList<StoredPoint> points, Stamp by, bool keepHistory, RequestReceipt? receipt = null)
    {
        try
        {
            await store.WriteAsync(Id, rows, points, by, keepHistory, receipt);
        }
        catch
        {
            // What is in memory may no longer match the table: read it again on the next call.
            Forget();
            throw;
        }
        finally
        {
            chart = null;
            summary = null;
        }
    }

    private void Forget()
    {
        series = null;
        chart = null;
        summary = null;
        DeactivateOnIdle();
    }

    private async Task<Result<MeasureView>> SaveAsync(bool versioned = true)
    {
        if (versioned)
            S.Version++;
        chart = null;
        summary = null;
        await state.SaveOrForgetAsync(this);
        return View();
    }

    private string? KnownPeriod(Check check, SeriesRows rows, string? period)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            check.Add(Errors.Required("period"));
            return null;
        }
        var key = period.Trim();
        if (!Periods.IsValid(key, Definition.Frequency))
            check.Add(MeasureRules.BadPeriod("period", key, Definition.Frequency));
        else if (!rows.Points.ContainsKey(key))
            check.Add(Errors.NotFound("period", "målepunkt for perioden", "data point for the period", key));
        else
            return key;
        return null;
    }

    private UserError? Missing(string field) =>
        S.Exists ? null : Errors.NotFound(field, "måling", "measure", this.GetPrimaryKeyString());

    private static StoredPoint Stored(string period, PointInput input, Stamp by) =>
        new(period, input.Value, input.Numerator, input.Denominator, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), by, default);

    private static MeasureDefinition Normalized(MeasureDefinition d) => d with
    {
        Name = d.Name.Trim(),
        Definition = Trimmed(d.Definition),
        NumeratorDefinition = Trimmed(d.NumeratorDefinition),
        DenominatorDefinition = Trimmed(d.DenominatorDefinition),
        Unit = Trimmed(d.Unit),
        Source = Trimmed(d.Source),
        ResponsiblePersonId = Trimmed(d.ResponsiblePersonId),
    };

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private ChartSettings Settings() => new(S.BaselineEnd, S.Phases.ToList());

    private List<MeasurePoint> Points(SeriesRows rows) => rows.Points.Values.Select(p => ViewOf(rows, p)).ToList();

    private MeasurePoint PointView(SeriesRows rows, string period) => ViewOf(rows, rows.Points[period]);

    private MeasurePoint ViewOf(SeriesRows rows, StoredPoint p) => new(
        p.Period, p.Value, p.Numerator, p.Denominator, p.Note, p.Logged,
        S.Exclusions.GetValueOrDefault(p.Period),
        rows.Annotations.TryGetValue(p.Period, out var notes) ? notes.ToList() : [],
        rows.History.TryGetValue(p.Period, out var history) ? history.ToList() : []);

    private MeasureView View() => new(Id, S.AreaId, Definition, S.TemplateMeasureId, S.Version, S.Created!, Settings());
}

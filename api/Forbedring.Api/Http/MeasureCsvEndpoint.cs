using System.Text;
using Forbedring.Abstractions.Measures;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;

namespace Forbedring.Api.Http;

/// <summary>GET /api/measures/{id}/csv: a measure's series as a CSV file for Norwegian Excel.</summary>
public static class MeasureCsvEndpoint
{
    public static IEndpointRouteBuilder MapMeasureCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/measures/{id}/csv", async (string id, IGrainFactory grains, AccessDecider access) =>
        {
            if (await access.RefusalAsync(new Demand(Permission.ReadArea, new Target(TargetKind.Measure, id))) is { } refusal)
                return refusal;
            var grain = grains.GetGrain<IMeasureGrain>(id);
            if (await grain.Get() is not { } measure || await grain.ExportCsv() is not { } csv)
                return Results.NotFound();
            // Excel reads a CSV as UTF-8 (æ, ø, å) only when it starts with a byte order mark.
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", FileName(measure.Definition.Name));
        });
        return app;
    }

    /// <summary>The measure's name made safe for a file name, e.g. "Fall per måned" → "Fall-per-måned.csv".</summary>
    private static string FileName(string name)
    {
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return (safe.Length == 0 ? "maling" : safe.Length > 60 ? safe[..60] : safe) + ".csv";
    }
}

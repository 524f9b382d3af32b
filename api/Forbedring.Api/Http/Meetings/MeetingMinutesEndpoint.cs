using System.Net;
using System.Text;
using Forbedring.Abstractions.Meetings;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.Markdown;
using Forbedring.Domain.Access;

namespace Forbedring.Api.Http.Meetings;

/// <summary>
/// The minutes to download, for anyone who reads the meeting's network (401 signed out, 403 not
/// allowed, as in GraphQL): <c>GET /api/meetings/{id}/minutes.md</c> (Markdown) and
/// <c>/minutes.html</c> (a standalone page to print, sanitized, with the stylesheet from
/// <c>/api/meetings/minutes.css</c>, so it needs no inline style or script under the CSP).
/// Bokmål, or English with <c>?lang=en</c> or an English Accept-Language.
/// </summary>
public static class MeetingMinutesEndpoint
{
    public const string StylesheetPath = "/api/meetings/minutes.css";

    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(MeetingMinutesEndpoint).Assembly.GetManifestResourceStream("Forbedring.Api.minutes.css")
            ?? throw new InvalidOperationException("The minutes stylesheet is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IEndpointRouteBuilder MapMeetingMinutes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings/{id}/minutes.md", async (string id, HttpRequest request, IGrainFactory grains, AccessDecider access) =>
            await MinutesAsync(id, request, grains, access, (meeting, markdown, _) =>
                Results.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", FileName(meeting, "md"))));
        app.MapGet("/api/meetings/{id}/minutes.html", async (string id, HttpRequest request, IGrainFactory grains, AccessDecider access) =>
            await MinutesAsync(id, request, grains, access, (meeting, markdown, english) =>
                Results.Content(Page(meeting, markdown, english), "text/html; charset=utf-8", Encoding.UTF8)));
        // Styling only: nothing of any meeting, so no sign-in is needed for it.
        app.MapGet(StylesheetPath, () => Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8"));
        return app;
    }

    private static async Task<IResult> MinutesAsync(string id, HttpRequest request, IGrainFactory grains, AccessDecider access,
        Func<MeetingView, string, bool, IResult> answer)
    {
        if (await access.RefusalAsync(new Demand(Permission.ReadNetwork, new Target(TargetKind.Meeting, id))) is { } refusal)
            return refusal;
        var grain = grains.GetGrain<IMeetingGrain>(id);
        if (await grain.Get() is not { } meeting || await grain.GetMinutes() is not { } minutes)
            return Results.NotFound();
        var english = request.Query["lang"] is { Count: > 0 } lang
            ? lang.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase)
            : Languages.Of(request) == Language.English;
        return answer(meeting, english ? minutes.English : minutes.Bokmal, english);
    }

    /// <summary>A whole page around the sanitized minutes; the title is encoded, the body is what the sanitizer lets through.</summary>
    private static string Page(MeetingView meeting, string markdown, bool english) =>
        $"""
        <!DOCTYPE html>
        <html lang="{(english ? "en" : "nb")}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{WebUtility.HtmlEncode(meeting.Title)}</title>
        <link rel="stylesheet" href="{StylesheetPath}">
        </head>
        <body>
        <main>
        {MarkdownRenderer.ToHtml(markdown)}
        </main>
        <footer>{(english ? "Minutes from Forbedring" : "Referat fra Forbedring")}</footer>
        </body>
        </html>
        """;

    /// <summary>The meeting's title made safe for a file name, e.g. "Samling 2: mål" → "Samling-2-mål-referat.md".</summary>
    private static string FileName(MeetingView meeting, string extension)
    {
        var safe = string.Join('-', new string(meeting.Title.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (safe.Length == 0 ? "samling" : safe.Length > 60 ? safe[..60] : safe) + "-referat." + extension;
    }
}

using Ganss.Xss;
using Markdig;

namespace Forbedring.Api.Markdown;

/// <summary>User Markdown to HTML that is safe to put in a page: Markdig, then HtmlSanitizer.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = new();

    public static string? ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline));
}

using Forbedring.Api.Markdown;

namespace Forbedring.Api.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klikk](javascript:alert(1))",
        "[klikk](JaVaScRiPt:alert(1))",
        "![bilde](javascript:alert(1))",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://example.org\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<details open ontoggle=alert(1)>",
        "`<script>`<script>alert(1)</script>",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Script_never_survives_rendering(string payload)
    {
        var html = MarkdownRenderer.ToHtml("Tekst før. " + payload + " Tekst etter.")!;

        // Parse what a browser would build: escaped text is harmless, elements and attributes are not.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var elements = document.Body!.QuerySelectorAll("*");
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "svg" or "object" or "embed" or "details" or "style");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name == "style");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src"),
            a => a.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || a.Value.Trim().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Tekst etter.", document.Body.TextContent);
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_formatting()
    {
        var html = MarkdownRenderer.ToHtml("**Mål:** færre fall\n\n- punkt en\n- [lenke](https://helsedirektoratet.no)")!;

        Assert.Contains("<strong>Mål:</strong>", html);
        Assert.Contains("<li>punkt en</li>", html);
        Assert.Contains("href=\"https://helsedirektoratet.no\"", html);
    }

    [Fact]
    public void Empty_text_renders_to_nothing()
    {
        Assert.Null(MarkdownRenderer.ToHtml("  "));
    }
}

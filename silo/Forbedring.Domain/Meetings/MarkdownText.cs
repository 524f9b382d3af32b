using System.Text;
using System.Text.RegularExpressions;

namespace Forbedring.Domain.Meetings;

/// <summary>
/// User text put into generated Markdown (the minutes): a name or title must read as itself, never
/// as Markdown, a link or HTML, and user Markdown (an agenda) must stay inside its section.
/// </summary>
public static partial class MarkdownText
{
    // The characters that start emphasis, links, HTML, entities, tables, headings, code and strikethrough.
    private const string Special = "\\`*_[]<>|#~&";

    /// <summary>Text for one line of Markdown: specials escaped, line breaks made spaces, a leading list marker defused.</summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
                builder.Append(' ');
            else if (Special.Contains(c))
                builder.Append('\\').Append(c);
            else
                builder.Append(c);
        }
        var line = builder.ToString().Trim();
        return LeadingMarker().IsMatch(line) ? "\\" + line : line;
    }

    /// <summary>User Markdown under a heading of level two: its own headings move down two levels (outside code fences).</summary>
    public static string Nested(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                fenced = !fenced;
            else if (!fenced && Heading().IsMatch(lines[i]))
                lines[i] = "##" + trimmed;
        }
        return string.Join("\n", lines).Trim();
    }

    /// <summary>A link whose target is a web address, written so that no character of it can end the link early.</summary>
    public static string Link(string url)
    {
        var target = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
        return target is null ? Inline(url) : $"[{Inline(url)}](<{target}>)";
    }

    [GeneratedRegex(@"^([-+*]|\d{1,9}[.)])(\s|$)")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"^ {0,3}#{1,4}(\s|$)")]
    private static partial Regex Heading();
}

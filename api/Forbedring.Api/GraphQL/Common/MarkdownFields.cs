using Forbedring.Api.Markdown;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Common;

public static class MarkdownFields
{
    /// <summary>A Markdown text twice: <paramref name="name"/> as written, and <c>nameHtml</c> rendered to sanitized HTML.</summary>
    public static void MarkdownField<T>(this ObjectGraphType<T> type, string name, Func<T, string?> text, string description)
    {
        type.Field<StringGraphType>(name).Description(description + " Markdown, as written.").Resolve(context => text(context.Source));
        type.Field<StringGraphType>(name + "Html").Description(description + " Rendered to sanitized HTML.")
            .Resolve(context => MarkdownRenderer.ToHtml(text(context.Source)));
    }
}

using Forbedring.Api.GraphQL;
using Forbedring.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.Tests.Schema;

/// <summary>
/// docs/schema.graphql is the committed contract that outside tools read. When the code's schema
/// differs, this fails; run the tests with FORBEDRING_UPDATE_SCHEMA=1 to rewrite the file, and
/// review the diff like any other change.
/// </summary>
public sealed class SchemaSnapshotTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void The_committed_schema_matches_the_code()
    {
        var schema = factory.Services.GetRequiredService<ForbedringSchema>();
        var printed = Normalize(schema.Print());
        var path = Path.Combine(RepositoryFiles.Root, "docs", "schema.graphql");

        if (Environment.GetEnvironmentVariable("FORBEDRING_UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, printed);

        Assert.True(File.Exists(path), "docs/schema.graphql is missing; run the tests with FORBEDRING_UPDATE_SCHEMA=1.");
        var committed = Normalize(File.ReadAllText(path));
        Assert.True(committed == printed,
            "docs/schema.graphql differs from the schema in code; run the tests with FORBEDRING_UPDATE_SCHEMA=1 and commit the file.\n" +
            FirstDifference(committed, printed));
    }

    private static string Normalize(string sdl) => sdl.Replace("\r\n", "\n").TrimEnd() + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
                return $"line {i + 1}: committed «{left}», code «{right}»";
        }
        return "";
    }
}

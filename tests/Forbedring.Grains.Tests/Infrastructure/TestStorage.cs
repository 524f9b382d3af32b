using Azure.Data.Tables;

namespace Forbedring.Grains.Tests.Infrastructure;

/// <summary>
/// The real Azurite that <c>./forbedring test</c> starts; every user of it gets tables of its own
/// through a unique prefix, so tests never see each other's rows.
/// </summary>
public static class TestStorage
{
    public const string Variable = "FORBEDRING_TEST_STORAGE";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: run the tests with ./forbedring test, which starts Azurite and sets it.");

    public static TableServiceClient Client() => new(ConnectionString);

    /// <summary>A table prefix no other test uses (letters and digits only, as table names require).</summary>
    public static string UniquePrefix(string purpose) => "T" + purpose + Guid.NewGuid().ToString("N")[..10];
}

namespace Forbedring.Cluster.Tests.Infrastructure;

/// <summary>Where the binaries the tests start are: built beside these tests, in the same configuration.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Release or Debug, as these tests were built.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";

    public static string SiloDll => Binary("silo/Forbedring.Silo", "Forbedring.Silo.dll");

    public static string ApiDll => Binary("api/Forbedring.Api", "Forbedring.Api.dll");

    public static string ApiContentRoot => Path.Combine(Root, "api", "Forbedring.Api");

    public static string SiloContentRoot => Path.Combine(Root, "silo", "Forbedring.Silo");

    /// <summary>Azurite's table service from the repository's npm packages (./forbedring installs them).</summary>
    public static string AzuriteTable => Existing(Path.Combine(Root, "node_modules", ".bin", "azurite-table"),
        "Azurite is not installed: run ./forbedring test (or npm ci at the repository root).");

    /// <summary>Debian's redis-server (./forbedring test installs it as root).</summary>
    public static string RedisServer => Existing(
        Environment.GetEnvironmentVariable("FORBEDRING_REDIS_SERVER") is { Length: > 0 } path ? path : "/usr/bin/redis-server",
        "redis-server is missing: install it as root (apt-get install -y redis-server) or run ./forbedring test as root.");

    private static string Binary(string project, string dll) =>
        Existing(Path.Combine(Root, project, "bin", Configuration, "net10.0", dll), $"{dll} is not built: build the solution first.");

    private static string Existing(string path, string problem) => File.Exists(path) ? path : throw new InvalidOperationException(problem + " (" + path + ")");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Forbedring.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Forbedring.sln not found above " + AppContext.BaseDirectory);
    }
}

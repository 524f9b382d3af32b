namespace Forbedring.Ui.Tests.Infrastructure;

public static class RepositoryFiles
{
    /// <summary>The repository root: the folder above the test binaries that holds Forbedring.sln.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Forbedring.sln")))
                    return dir.FullName;
            throw new InvalidOperationException("Forbedring.sln not found above " + AppContext.BaseDirectory);
        }
    }
}

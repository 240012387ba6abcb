namespace CatalogTools.Tests.Shared;

/// <summary>Where the repository and its sample catalog are, found from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleCatalog => Path.Combine(Root, "catalog");

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CatalogTools.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("CatalogTools.sln not found above " + AppContext.BaseDirectory);
    }
}

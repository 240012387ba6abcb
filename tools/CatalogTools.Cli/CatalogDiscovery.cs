namespace CatalogTools.Cli;

/// <summary>
/// Which catalog folder a verb means when --catalog is left at its default: "catalog" under the
/// current directory if it is there, else the nearest ancestor that holds catalog.lock beside a
/// catalog/ folder, or a catalog/ folder, or is itself a catalog folder — so the tool works from
/// any folder inside a catalog repository, like git does.
/// </summary>
public static class CatalogDiscovery
{
    /// <summary>The --catalog default.</summary>
    public const string DefaultFolder = "catalog";

    public static string Resolve(string given, string currentDirectory)
    {
        if (given != DefaultFolder || Directory.Exists(Path.Combine(currentDirectory, given))) return given;
        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            var child = Path.Combine(dir.FullName, DefaultFolder);
            if (File.Exists(Path.Combine(dir.FullName, "catalog.lock")) && Directory.Exists(child)) return child;
            if (IsCatalog(child)) return child;
            if (IsCatalog(dir.FullName)) return dir.FullName;
        }
        return given;
    }

    /// <summary>A catalog folder holds its policy and registries.</summary>
    private static bool IsCatalog(string folder) =>
        File.Exists(Path.Combine(folder, "policy.yaml")) && Directory.Exists(Path.Combine(folder, "registries"));
}

namespace CatalogTools.Core.Loading;

/// <summary>
/// Where a catalog and its schemas are. Schemas are looked for in the catalog's own schemas/,
/// then beside it (the repository layout), then in the copy shipped with the tools.
/// </summary>
public sealed record CatalogLocation(string CatalogRoot, string SchemasDirectory)
{
    public static CatalogLocation? Find(string catalogDirectory)
    {
        var root = Path.GetFullPath(catalogDirectory);
        if (!Directory.Exists(root)) return null;
        string[] candidates =
        [
            Path.Combine(root, "schemas"),
            Path.Combine(Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? root, "schemas"),
            Path.Combine(AppContext.BaseDirectory, "schemas"),
        ];
        foreach (var candidate in candidates)
        {
            if (File.Exists(Path.Combine(candidate, "standard-item.schema.json"))) return new CatalogLocation(root, candidate);
        }
        return new CatalogLocation(root, candidates[^1]);
    }
}

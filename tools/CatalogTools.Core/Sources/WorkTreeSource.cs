using CatalogTools.Core.Loading;

namespace CatalogTools.Core.Sources;

/// <summary>The work tree as it is on disk, every file read and parsed (no cache, no state).</summary>
public sealed class WorkTreeSource(CatalogLocation location) : ICatalogSource
{
    public CatalogLocation Location => location;

    public bool IsWorkTree => true;

    public IReadOnlyList<string> Files() => CatalogLoader.EnumerateFiles(location.CatalogRoot);

    public byte[] Read(string relative) => File.ReadAllBytes(Path.Combine(location.CatalogRoot, relative));

    // Parsed at once, so each thread's one buffer does (FileBytes): no array and no flock per file.
    public Func<string, FileLoadResult> Reader(FileLoader loader, bool wholeCatalog) =>
        relative => loader.Load(relative, FileBytes.ReadReused(Path.Combine(location.CatalogRoot, relative)));
}

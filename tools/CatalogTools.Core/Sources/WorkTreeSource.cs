using CatalogTools.Core.Loading;

namespace CatalogTools.Core.Sources;

/// <summary>The work tree as it is on disk, every file read and parsed (no cache, no state).</summary>
public sealed class WorkTreeSource(CatalogLocation location) : ICatalogSource
{
    public CatalogLocation Location => location;

    public bool IsWorkTree => true;

    public IReadOnlyList<string> Files() => CatalogLoader.EnumerateFiles(location.CatalogRoot);

    public byte[] Read(string relative) => File.ReadAllBytes(Path.Combine(location.CatalogRoot, relative));

    public Func<string, FileLoadResult> Reader(FileLoader loader, bool wholeCatalog) => relative => loader.Load(relative, Read(relative));
}

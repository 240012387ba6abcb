using CatalogTools.Core.Loading;

namespace CatalogTools.Core.Sources;

/// <summary>
/// A partial load over another source: the selected files are read (through the inner source, so
/// through its cache), the rest stand in empty (see <see cref="PartialLoad"/>). A changed-only
/// check, a check of named files and an import read 20 files of a province this way, not 10^5.
/// </summary>
public sealed class PartialSource(ICatalogSource inner, Func<string, bool> selected) : ICatalogSource
{
    public CatalogLocation Location => inner.Location;

    public bool IsWorkTree => inner.IsWorkTree;

    public IReadOnlyList<string> Files() => inner.Files();

    public byte[] Read(string relative) => inner.Read(relative);

    public string? Commit => inner.Commit;

    public IReadOnlyList<SourceDigest>? Digests() => inner.Digests();

    public Func<string, FileLoadResult> Reader(FileLoader loader, bool wholeCatalog) => PartialLoad.Loader(selected, inner.Reader(loader, wholeCatalog: false));
}

using CatalogTools.Core.Loading;
using CatalogTools.Excel.Import;
using CatalogTools.Git.Cache;

namespace CatalogTools.Cli.Commands.Import;

/// <summary>Import's check through the parse cache that <c>check</c> uses (<c>.catalog-cache/</c>).</summary>
public sealed class CachedFiles(CatalogLocation location, FileCache cache) : IParsedFiles
{
    public Func<string, FileLoadResult> WorkTree(FileLoader loader) => cache.WorkTreeLoader(location, loader);

    public FileLoadResult FromBytes(string relative, byte[] bytes, FileLoader loader) => cache.Load(relative, bytes, loader);
}

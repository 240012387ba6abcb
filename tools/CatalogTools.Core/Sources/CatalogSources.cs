using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;

namespace CatalogTools.Core.Sources;

/// <summary>Loading a <see cref="LoadedCatalog"/> from any <see cref="ICatalogSource"/>: one way for every verb.</summary>
public static class CatalogSources
{
    /// <summary>Every file of the source, indexed once.</summary>
    public static LoadedCatalog Load(this ICatalogSource source, IProgress<WorkProgress>? progress = null)
    {
        var loader = new CatalogLoader(source.Location) { Progress = progress };
        return source.Load(loader);
    }

    /// <summary>Every file of the source through a loader made beforehand (its schemas already read).</summary>
    public static LoadedCatalog Load(this ICatalogSource source, CatalogLoader loader) =>
        loader.Load(source.Files(), source.Reader(new FileLoader(loader.Schemas), wholeCatalog: true));

    /// <summary>Only <paramref name="files"/> (relative, sorted): the index holds what they define.</summary>
    public static LoadedCatalog LoadFiles(this ICatalogSource source, CatalogLoader loader, IReadOnlyList<string> files) =>
        loader.Load(files, source.Reader(new FileLoader(loader.Schemas), wholeCatalog: false));

    /// <summary>The selected files read, the rest standing in empty (see <see cref="PartialSource"/>).</summary>
    public static LoadedCatalog LoadPartial(this ICatalogSource source, Func<string, bool> selected, IProgress<WorkProgress>? progress = null) =>
        new PartialSource(source, selected).Load(progress);
}

using CatalogTools.Core.Loading;

namespace CatalogTools.Core.Sources;

/// <summary>A tagged version of the repository: tag name, commit and commit time.</summary>
public sealed record TaggedVersion(string Tag, string Commit, DateTimeOffset When);

/// <summary>
/// The catalog's history as the compliance report reads it (a baseline revision, the trend over
/// tags). The Git project's reader implements it; reports receive it and never open a repository.
/// </summary>
public interface ICatalogHistory : IDisposable
{
    /// <summary>The commit a tag, branch or commit id names, or null when it names none.</summary>
    string? Resolve(string revision);

    /// <summary>Every tag that points (through annotations) at a commit, oldest commit first.</summary>
    IReadOnlyList<TaggedVersion> Tags();

    /// <summary>The catalog at <paramref name="commitSha"/>, read with the current schemas.</summary>
    LoadedCatalog Load(string commitSha, CatalogLoader loader);
}

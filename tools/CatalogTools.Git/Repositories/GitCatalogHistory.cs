using CatalogTools.Core.Loading;
using CatalogTools.Core.Sources;
using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// The catalog's history for reports (<see cref="ICatalogHistory"/>): tags, revisions, and the
/// catalog as it was at a commit, read through the same <see cref="RevisionSource"/> (git blobs, no
/// checkout) and <see cref="CatalogLoader"/> as every other revision load.
/// </summary>
public sealed class GitCatalogHistory : ICatalogHistory
{
    private readonly CatalogRepository _repository;

    private GitCatalogHistory(CatalogRepository repository) => _repository = repository;

    /// <summary>Opens the repository holding the catalog, or null when it is not in a readable git working tree.</summary>
    public static GitCatalogHistory? Open(CatalogLocation location)
    {
        var opened = CatalogRepository.Open(location);
        return opened.Ok ? new GitCatalogHistory(opened.Value!) : null;
    }

    public string? Resolve(string revision)
    {
        var found = _repository.Resolve(revision);
        return found.Ok ? found.Value!.Sha : null;
    }

    public IReadOnlyList<TaggedVersion> Tags()
    {
        var list = new List<TaggedVersion>();
        foreach (var tag in _repository.Repo.Tags)
        {
            if (tag.PeeledTarget is Commit commit) list.Add(new TaggedVersion(tag.FriendlyName, commit.Sha, commit.Committer.When));
        }
        return list.OrderBy(t => t.When).ThenBy(t => t.Tag, StringComparer.Ordinal).ToList();
    }

    public LoadedCatalog Load(string commitSha, CatalogLoader loader)
    {
        var commit = _repository.Repo.Lookup<Commit>(commitSha) ?? throw new ArgumentException("no such commit: " + commitSha, nameof(commitSha));
        return new RevisionSource(_repository, commit).Load(loader);
    }

    public void Dispose() => _repository.Dispose();
}

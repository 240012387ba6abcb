using CatalogTools.Core.Loading;
using LibGit2Sharp;

namespace CatalogTools.Reports.History;

/// <summary>A tagged version of the repository: tag name, commit and commit time.</summary>
public sealed record TaggedVersion(string Tag, string Commit, DateTimeOffset When);

/// <summary>
/// The catalog as it was at a revision, read from git blobs (no checkout): every YAML file under
/// the catalog's folder at that commit goes through <see cref="FileLoader"/>, then
/// <see cref="CatalogLoader.Build"/> makes the index, exactly as a load from disk would.
/// </summary>
public sealed class GitCatalogHistory : IDisposable
{
    private readonly Repository _repository;
    private readonly string _catalogPath;

    private GitCatalogHistory(Repository repository, string catalogPath)
    {
        _repository = repository;
        _catalogPath = catalogPath;
    }

    /// <summary>Opens the repository holding <paramref name="catalogRoot"/>, or null when it is not in a git working tree.</summary>
    public static GitCatalogHistory? Open(string catalogRoot)
    {
        var found = Repository.Discover(catalogRoot);
        if (found is null) return null;
        var repository = new Repository(found);
        var workdir = repository.Info.WorkingDirectory;
        if (workdir is null)
        {
            repository.Dispose();
            return null;
        }
        var relative = Path.GetRelativePath(Path.GetFullPath(workdir), Path.GetFullPath(catalogRoot)).Replace('\\', '/');
        return new GitCatalogHistory(repository, relative == "." ? "" : relative.TrimEnd('/'));
    }

    /// <summary>The commit a tag, branch or commit id names, or null when it names none.</summary>
    public string? Resolve(string revision)
    {
        try
        {
            return (_repository.Lookup(revision)?.Peel<Commit>() as Commit)?.Sha;
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    /// <summary>Every tag that points (through annotations) at a commit, oldest commit first.</summary>
    public IReadOnlyList<TaggedVersion> Tags()
    {
        var list = new List<TaggedVersion>();
        foreach (var tag in _repository.Tags)
        {
            if (tag.PeeledTarget is Commit commit) list.Add(new TaggedVersion(tag.FriendlyName, commit.Sha, commit.Committer.When));
        }
        return list.OrderBy(t => t.When).ThenBy(t => t.Tag, StringComparer.Ordinal).ToList();
    }

    /// <summary>Loads the catalog at <paramref name="commitSha"/> with the current schemas.</summary>
    public LoadedCatalog Load(string commitSha, CatalogLoader loader)
    {
        var commit = _repository.Lookup<Commit>(commitSha) ?? throw new ArgumentException("no such commit: " + commitSha, nameof(commitSha));
        var files = new List<(string Path, byte[] Bytes)>();
        Tree? tree = commit.Tree;
        if (_catalogPath.Length > 0) tree = commit.Tree[_catalogPath]?.Target as Tree;
        if (tree is not null) Collect(tree, "", files);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var fileLoader = new FileLoader(loader.Schemas);
        var results = new FileLoadResult[files.Count];
        Parallel.For(0, files.Count, i => results[i] = fileLoader.Load(files[i].Path, files[i].Bytes));
        return loader.Build(results);
    }

    private static void Collect(Tree tree, string prefix, List<(string, byte[])> files)
    {
        foreach (var entry in tree)
        {
            if (entry.Name.StartsWith('.')) continue;
            var path = prefix + entry.Name;
            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                Collect((Tree)entry.Target, path + "/", files);
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob && (path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal)))
            {
                using var stream = ((Blob)entry.Target).GetContentStream();
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                files.Add((path, memory.ToArray()));
            }
        }
    }

    public void Dispose() => _repository.Dispose();
}

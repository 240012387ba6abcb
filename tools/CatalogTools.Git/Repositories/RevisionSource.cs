using CatalogTools.Core.Loading;
using CatalogTools.Core.Sources;
using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// The catalog as it was at a commit, as an <see cref="ICatalogSource"/>: blob bytes (no checkout)
/// through the same <see cref="FileLoader"/> as the work tree; wrap it in a session's cache with
/// <c>SourceSession.Through</c>. Blobs are read one at a time (a repository handle is not shared
/// between threads); parsing stays parallel. The tree is listed only when <see cref="Files"/> is
/// asked: a reader of a few files (diff) looks each one up by path instead.
/// </summary>
public sealed class RevisionSource(CatalogRepository repository, Commit commit) : ICatalogSource
{
    private TreeFiles? _tree;
    private readonly System.Threading.Lock _readLock = new();

    public CatalogLocation Location => repository.Location;

    public bool IsWorkTree => false;

    public string? Commit => commit.Sha;

    public IReadOnlyList<string> Files()
    {
        lock (_readLock) return (_tree ??= TreeFiles.Of(repository, commit)).Paths;
    }

    public byte[] Read(string relative)
    {
        lock (_readLock)
        {
            var bytes = _tree is not null ? _tree.Read(relative) : TreeFiles.ReadAt(repository, commit, relative);
            return bytes ?? throw new FileNotFoundException($"not in commit {commit.Sha[..10]}", relative);
        }
    }

    public Func<string, FileLoadResult> Reader(FileLoader loader, bool wholeCatalog) => relative => loader.Load(relative, Read(relative));
}

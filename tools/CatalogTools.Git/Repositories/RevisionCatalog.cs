using CatalogTools.Caching;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Sources;
using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>Loads a whole catalog as it was at a commit: blob bytes through the same FileLoader (and the session's cache) as the work tree.</summary>
public static class RevisionCatalog
{
    public static LoadedCatalog Load(CatalogRepository repository, Commit commit, SourceSession? session = null)
    {
        var source = new RevisionSource(repository, commit);
        return (session is null ? source : session.Through(source)).Load();
    }
}

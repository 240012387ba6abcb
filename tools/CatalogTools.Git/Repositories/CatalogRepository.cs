using CatalogTools.Core.Loading;
using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// The git repository a catalog lives in, and where in it: every git-aware command starts here.
/// Paths inside the catalog stay catalog-relative ('/'); <see cref="ToRepoPath"/> adds the prefix.
/// </summary>
public sealed class CatalogRepository : IDisposable
{
    private CatalogRepository(LibGit2Sharp.Repository repo, CatalogLocation location, string prefix)
    {
        Repo = repo;
        Location = location;
        Prefix = prefix;
    }

    public LibGit2Sharp.Repository Repo { get; }
    public CatalogLocation Location { get; }

    /// <summary>The catalog folder relative to the work tree root ("" when the catalog is the root).</summary>
    public string Prefix { get; }

    public string WorkTree => Repo.Info.WorkingDirectory;

    public bool IsShallow => Repo.Info.IsShallow;

    public bool IsHeadDetached => Repo.Info.IsHeadDetached;

    public static GitResult<CatalogRepository> Open(CatalogLocation location)
    {
        string? found;
        try
        {
            found = LibGit2Sharp.Repository.Discover(location.CatalogRoot);
        }
        catch (LibGit2SharpException e)
        {
            return GitProblem.BadRepository(e.Message);
        }
        if (found is null) return GitProblem.NotARepository(location.CatalogRoot);
        try
        {
            var repo = new LibGit2Sharp.Repository(found);
            if (repo.Info.IsBare || repo.Info.WorkingDirectory is null)
            {
                repo.Dispose();
                return GitProblem.NotARepository(location.CatalogRoot);
            }
            // HEAD is read lazily everywhere after this; a garbage .git/HEAD is found here, once.
            try
            {
                _ = repo.Info.IsHeadDetached;
                _ = repo.Head?.Tip;
            }
            catch (LibGit2SharpException e)
            {
                repo.Dispose();
                return GitProblem.Unreadable(Path.Combine(found.TrimEnd('/', '\\'), "HEAD"), "HEAD", e.Message);
            }
            var prefix = Path.GetRelativePath(Path.GetFullPath(repo.Info.WorkingDirectory), location.CatalogRoot).Replace('\\', '/');
            if (prefix == ".") prefix = "";
            if (prefix.StartsWith("..", StringComparison.Ordinal))
            {
                repo.Dispose();
                return GitProblem.NotARepository(location.CatalogRoot);
            }
            return GitResult<CatalogRepository>.Of(new CatalogRepository(repo, location, prefix));
        }
        catch (LibGit2SharpException e)
        {
            return GitProblem.Unreadable(found, "git", e.Message);
        }
    }

    /// <summary>The .git folder, where a damaged repository's diagnostics point.</summary>
    public string GitFolder => Repo.Info.Path.TrimEnd('/', '\\');

    public string ToRepoPath(string catalogRelative) => Prefix.Length == 0 ? catalogRelative : Prefix + "/" + catalogRelative;

    /// <summary>The catalog-relative path of a repository path, or null when it is outside the catalog.</summary>
    public string? ToCatalogPath(string repoPath)
    {
        repoPath = repoPath.Replace('\\', '/');
        if (Prefix.Length == 0) return repoPath;
        return repoPath.StartsWith(Prefix + "/", StringComparison.Ordinal) ? repoPath[(Prefix.Length + 1)..] : null;
    }

    public GitResult<Commit> Head()
    {
        var tip = Repo.Head?.Tip;
        return tip is null ? GitProblem.NoCommits() : GitResult<Commit>.Of(tip);
    }

    /// <summary>A branch, tag, commit or any git revision expression, as a commit.</summary>
    public GitResult<Commit> Resolve(string rev)
    {
        if (Repo.Head?.Tip is null) return GitProblem.NoCommits();
        try
        {
            var found = Repo.Lookup(rev);
            var commit = found switch
            {
                Commit c => c,
                TagAnnotation t => t.Target as Commit,
                _ => found is null ? null : found.Peel<Commit>(),
            };
            if (commit is not null) return GitResult<Commit>.Of(commit);
        }
        catch (LibGit2SharpException)
        {
            // An ambiguous or malformed expression is a missing revision for the user.
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
        }
        return GitProblem.MissingRevision(rev, IsShallow);
    }

    /// <summary>A note for the user when HEAD is detached (CI checkouts often are): the command still runs.</summary>
    public Core.Diagnostics.MessageText? Detached => !IsHeadDetached ? null : new("git.headDetached", ("commit", Repo.Head.Tip?.Sha[..10]));

    /// <summary><see cref="Detached"/> worded in <paramref name="lang"/>.</summary>
    public string? DetachedNote(Core.Diagnostics.Lang lang) => Detached?.In(lang);

    /// <summary>
    /// Runs a step that reads this repository; a damaged repository met on the way (a missing blob,
    /// a corrupt object: LibGit2Sharp reads lazily, so anywhere) is its CAT0110 problem.
    /// </summary>
    public GitResult<T> Try<T>(Func<T> step)
    {
        try
        {
            return GitResult<T>.Of(step());
        }
        catch (LibGit2SharpException e)
        {
            return GitProblem.From(e, GitFolder);
        }
    }

    /// <summary>A file of the repository (path from the work-tree root, '/') at a commit, or null when it is not there.</summary>
    public byte[]? ReadAt(Commit commit, string repoPath) => commit[repoPath]?.Target is Blob blob ? TreeFiles.ReadBlob(blob) : null;

    public void Dispose() => Repo.Dispose();
}

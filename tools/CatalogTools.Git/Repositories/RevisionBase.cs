using CatalogTools.Core.Sources;
using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// A commit as "X" in "what changed since X", answered once over the git reader: against a revision
/// source, tree to tree; against the work tree, HEAD's tree plus the work tree's status (staged,
/// unstaged, untracked; see <see cref="ChangedFiles"/>). A changed file's old bytes are read from
/// the commit's tree only when asked.
/// </summary>
public sealed class RevisionBase : ChangeBase
{
    private readonly CatalogRepository _repository;

    private RevisionBase(CatalogRepository repository, string revision, Commit commit)
    {
        _repository = repository;
        Revision = revision;
        Commit = commit;
    }

    /// <summary>The revision as the user named it (a tag, branch, HEAD~1, a commit id).</summary>
    public string Revision { get; }

    public Commit Commit { get; }

    /// <summary>The commit id (messages show its first ten characters).</summary>
    public string Sha => Commit.Sha;

    /// <summary>The base a revision names, or the problem (no such revision, no commits) to report.</summary>
    public static GitResult<RevisionBase> Resolve(CatalogRepository repository, string revision)
    {
        var commit = repository.Resolve(revision);
        return commit.Ok ? GitResult<RevisionBase>.Of(new RevisionBase(repository, revision, commit.Value!)) : commit.Problem!;
    }

    /// <summary>May throw <see cref="LibGit2SharpException"/> on a damaged repository (callers run it through <see cref="CatalogRepository.Try{T}"/>).</summary>
    public override CatalogChanges ChangesTo(ICatalogSource current)
    {
        Commit? to = current.Commit is { } sha ? _repository.Repo.Lookup<Commit>(sha) : null;
        var changed = to is not null ? ChangedFiles.Between(_repository, Commit, to) : ChangedFiles.Since(_repository, Commit);
        var files = new List<ChangedFile>(changed.Paths.Count);
        foreach (var path in changed.Paths.Order(StringComparer.Ordinal))
        {
            var before = Commit[_repository.ToRepoPath(path)] is not null;
            var after = to is not null ? to[_repository.ToRepoPath(path)] is not null : File.Exists(Path.Combine(current.Location.CatalogRoot, path));
            var kind = !after ? FileChangeKind.Removed : !before ? FileChangeKind.Added : FileChangeKind.Modified;
            files.Add(CatalogChanges.Describe(path, kind));
        }
        return new CatalogChanges(this, files, changed.WorkTreeDirty, path => TreeFiles.ReadAt(_repository, Commit, path));
    }
}

using CatalogTools.Core.Loading;
using CatalogTools.Git.Repositories;
using LibGit2Sharp;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>
/// The catalog files git's tree diff names between two commits, for <c>publish --since</c>
/// (<see cref="Publishing.Incremental.CommitChanges"/>). Null when git cannot vouch for the answer: no
/// repository, a commit it does not hold (a shallow clone, a pruned branch), or a first commit that is not
/// an ancestor of the second (history rewritten since the last publish).
/// </summary>
internal static class CommittedCatalogChanges
{
    public static IReadOnlyCollection<string>? Between(CatalogLocation location, string from, string to)
    {
        var opened = CatalogRepository.Open(location);
        if (!opened.Ok) return null;
        using var repository = opened.Value!;
        try
        {
            if (repository.Repo.Lookup<Commit>(from) is not { } before || repository.Repo.Lookup<Commit>(to) is not { } after) return null;
            if (repository.Repo.ObjectDatabase.FindMergeBase(before, after)?.Sha != before.Sha) return null;
            return ChangedFiles.Between(repository, before, after).Paths;
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }
}

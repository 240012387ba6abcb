using CatalogTools.Core.Loading;
using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// The catalog files git's tree diff names between a commit and a later one, for <c>publish --since</c>
/// (Publishing's <c>CommitChanges</c>). Null when git cannot vouch for the answer: no repository, a commit it
/// does not hold (a shallow clone, a pruned branch), or a first commit that is not an ancestor of the second
/// (history rewritten since the last publish).
/// </summary>
public static class AncestorChanges
{
    public static IReadOnlyCollection<string>? Between(CatalogLocation location, string ancestor, string descendant)
    {
        var opened = CatalogRepository.Open(location);
        if (!opened.Ok) return null;
        using var repository = opened.Value!;
        try
        {
            if (repository.Repo.Lookup<Commit>(ancestor) is not { } before || repository.Repo.Lookup<Commit>(descendant) is not { } after) return null;
            if (repository.Repo.ObjectDatabase.FindMergeBase(before, after)?.Sha != before.Sha) return null;
            return ChangedFiles.Between(repository, before, after).Paths;
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }
}

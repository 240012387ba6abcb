using CatalogTools.Core.Comparison;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Git.Repositories;
using LibGit2Sharp;

using CatalogTools.Git.Diff;

namespace CatalogTools.Git.History;

public enum HistoryEventKind
{
    Created,
    Changed,
    Retired,
    Deleted,
}

/// <summary>One change of an item (留痕): the commit, who and when, and what changed element by element.</summary>
public sealed record HistoryEntry(string Commit, string Author, string Email, DateTimeOffset When, string Message, HistoryEventKind Kind, string File, IReadOnlyList<ElementChange> Changes)
{
    public bool Uncommitted => Commit.Length == 0;
}

/// <summary>The item's history, oldest first; Shallow when the history stops at a shallow clone's boundary.</summary>
public sealed record ItemHistoryResult(string Code, IReadOnlyList<HistoryEntry> Entries, bool Shallow);

/// <summary>
/// Walks the first-parent history from HEAD and records every commit in which the item's file
/// changed (its blob id differs from the parent's), then the uncommitted work tree if it differs.
/// The file is found by code: standards/CODE.yaml, service-bundles/CODE.yaml or implementations/REGION/CODE.yaml, or any
/// file named CODE.yaml in the catalog at HEAD; a path where the code once lived also counts.
/// </summary>
public static class ItemHistory
{
    public static GitResult<ItemHistoryResult> Of(CatalogRepository repository, string code)
    {
        var head = repository.Head();
        if (!head.Ok) return head.Problem!;
        var candidates = Candidates(repository, head.Value!, code);
        var loader = new FileLoader(new CatalogLoader(repository.Location).Schemas);
        var chain = new List<Commit>();
        for (var c = head.Value; c is not null; c = c.Parents.FirstOrDefault()) chain.Add(c);
        chain.Reverse();

        var entries = new List<HistoryEntry>();
        (string Path, Blob Blob)? previous = null;
        foreach (var commit in chain)
        {
            var current = Find(repository, commit, candidates);
            if (current?.Blob.Sha == previous?.Blob.Sha) continue;
            var entry = Entry(commit, previous, current, loader);
            if (entry is not null) entries.Add(entry);
            previous = current;
        }
        var workPath = candidates.Select(p => (Path: p, Full: Path.Combine(repository.Location.CatalogRoot, p))).FirstOrDefault(p => File.Exists(p.Full));
        var committedBytes = previous is null ? null : TreeFiles.ReadBlob(previous.Value.Blob);
        var workBytes = workPath.Full is null ? null : File.ReadAllBytes(workPath.Full);
        if ((committedBytes is null) != (workBytes is null) || (committedBytes is not null && !committedBytes.AsSpan().SequenceEqual(workBytes)))
        {
            var before = committedBytes is null ? null : loader.Load(previous!.Value.Path, committedBytes).Content;
            var after = workBytes is null ? null : loader.Load(workPath.Path, workBytes).Content;
            var (kind, changes) = Compare(before, after);
            // Stands where a commit message would (the JSON's message field): data of the history, bilingual and the same in
            // every language; the text output shows history.uncommitted in the reader's language instead.
            entries.Add(new HistoryEntry("", "", "", DateTimeOffset.MinValue, Core.Diagnostics.Messages.Text(Core.Diagnostics.Lang.Zh, "history.uncommittedMessage"), kind, workPath.Path ?? previous!.Value.Path, changes));
        }
        return GitResult<ItemHistoryResult>.Of(new ItemHistoryResult(code, entries, repository.IsShallow));
    }

    private static HistoryEntry? Entry(Commit commit, (string Path, Blob Blob)? previous, (string Path, Blob Blob)? current, FileLoader loader)
    {
        var before = previous is null ? null : loader.Load(previous.Value.Path, TreeFiles.ReadBlob(previous.Value.Blob)).Content;
        var after = current is null ? null : loader.Load(current.Value.Path, TreeFiles.ReadBlob(current.Value.Blob)).Content;
        var (kind, changes) = Compare(before, after);
        // Formatting or comment edits are still changes of the file: recorded, with no element changes.
        return new HistoryEntry(commit.Sha, commit.Author.Name, commit.Author.Email, commit.Author.When, commit.MessageShort, kind,
            (current ?? previous)!.Value.Path, changes);
    }

    private static (HistoryEventKind, List<ElementChange>) Compare(object? before, object? after)
    {
        if (before is null && after is null) return (HistoryEventKind.Changed, []);
        if (before is null) return (HistoryEventKind.Created, []);
        if (after is null) return (HistoryEventKind.Deleted, []);
        if (ItemComparison.Compare(before, after) is not var (changes, wasActive, isActive)) return (HistoryEventKind.Changed, []);
        return (wasActive && !isActive ? HistoryEventKind.Retired : HistoryEventKind.Changed, changes);
    }

    private static (string Path, Blob Blob)? Find(CatalogRepository repository, Commit commit, IReadOnlyList<string> candidates)
    {
        foreach (var path in candidates)
        {
            if (commit[repository.ToRepoPath(path)]?.Target is Blob blob) return (path, blob);
        }
        return null;
    }

    private static List<string> Candidates(CatalogRepository repository, Commit head, string code)
    {
        var file = code + ".yaml";
        var result = new List<string> { "standards/" + file, "service-bundles/" + file };
        var parts = code.Split('-');
        if (parts.Length >= 2) result.Add($"implementations/{parts[1]}/{file}");
        foreach (var path in TreeFiles.Of(repository, head).Paths)
        {
            if (path.EndsWith("/" + file, StringComparison.Ordinal) && !result.Contains(path)) result.Add(path);
        }
        foreach (var path in CatalogLoader.EnumerateFiles(repository.Location.CatalogRoot))
        {
            if (path.EndsWith("/" + file, StringComparison.Ordinal) && !result.Contains(path)) result.Add(path);
        }
        return result;
    }
}

using CatalogTools.Core.Loading;
using CatalogTools.Core.Sources;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// What changed since the recorded publish, from git instead of every file's digest: sound when the state
/// names the commit its work tree was clean at, the work tree is clean now (<see cref="SourceVersion.Dirty"/>,
/// untracked files included) and git can diff that commit's tree to HEAD's. A file the diff does not name
/// has the same blob in both commits, so its recorded digest still holds; only the named files are read and
/// digested. The answer is the one the digest walk (<see cref="RecordedDigests"/>) gives, digests included.
/// </summary>
public static class CommitChanges
{
    /// <summary>The changes, or null when git cannot vouch for them (then the caller walks every file's digest).</summary>
    public static CatalogChanges? Of(PublishState state, SourceVersion source, IPublishSource files)
    {
        if (state.Commit is null || !source.InRepository || source.Dirty) return null;
        var paths = state.Commit == source.Commit ? [] : files.CommittedChanges(state.Commit, source.Commit);
        if (paths is null) return null;
        var now = new SortedDictionary<string, ContentDigest?>(StringComparer.Ordinal);
        try
        {
            foreach (var path in paths) now[path] = files.DigestOf(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // an unreadable file: the digest walk reports it as it always did
        }
        return Patch(state.Sources, now, new RecordedDigests(state.Sources));
    }

    /// <summary>
    /// The recorded digests (path order) with the named paths' current digests in their place (null: not there),
    /// and the files whose digest differs, exactly as <see cref="CatalogChanges.BetweenDigests"/> lists them.
    /// </summary>
    public static CatalogChanges Patch(IReadOnlyList<SourceDigest> recorded, SortedDictionary<string, ContentDigest?> now, ChangeBase since)
    {
        var current = new List<SourceDigest>(recorded.Count + now.Count);
        var changed = new List<ChangedFile>();
        using var named = now.GetEnumerator();
        var more = named.MoveNext();
        foreach (var before in recorded)
        {
            while (more && string.CompareOrdinal(named.Current.Key, before.Path) < 0)
            {
                Added(named.Current.Key, named.Current.Value, current, changed);
                more = named.MoveNext();
            }
            if (!more || named.Current.Key != before.Path)
            {
                current.Add(before);
                continue;
            }
            if (named.Current.Value is not { } digest) changed.Add(CatalogChanges.Describe(before.Path, FileChangeKind.Removed));
            else
            {
                current.Add(new SourceDigest(before.Path, digest));
                if (digest != before.Digest) changed.Add(CatalogChanges.Describe(before.Path, FileChangeKind.Modified));
            }
            more = named.MoveNext();
        }
        for (; more; more = named.MoveNext()) Added(named.Current.Key, named.Current.Value, current, changed);
        return new CatalogChanges(since, changed, workTreeDirty: false, _ => null, current);
    }

    private static void Added(string path, ContentDigest? digest, List<SourceDigest> current, List<ChangedFile> changed)
    {
        if (digest is not { } d) return; // named by the diff, in neither the record nor the work tree
        current.Add(new SourceDigest(path, d));
        changed.Add(CatalogChanges.Describe(path, FileChangeKind.Added));
    }
}

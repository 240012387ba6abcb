using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Git.Lock;

/// <summary>
/// <c>catalog lock --check</c>: the committed lock must be what <c>catalog lock</c> would write
/// (else stale), must not re-use retired codes or lose active ones, and — against the lock at a
/// base revision — must not drop codes, lower versions, revive retired codes, or change a hash
/// without raising the version (the marks of a hand edit).
/// </summary>
public static class LockVerifier
{
    /// <param name="lockFile">The lock's path relative to the catalog root, as diagnostics name it.</param>
    public static IReadOnlyList<Diagnostic> Check(LockFile? current, IReadOnlyList<ItemState> states, LockFile? baseLock, string baseName, string lockFile, DateOnly today)
    {
        var found = new List<Diagnostic>();
        if (current is null)
        {
            found.Add(LockUpdate.Make(LockRules.Missing, lockFile, 1, 1, null, ("lock", LockFile.FileName)));
            return found;
        }
        foreach (var p in current.Problems)
        {
            found.Add(LockUpdate.Make(LockRules.Malformed, lockFile, p.Line, 1, null, ("lockLine", p.Line.ToString()),
                ("detail", p.Detail)));
        }
        var update = LockUpdate.Compute(current, states, today, lockFile);
        found.AddRange(update.Problems);
        var byCode = FirstStates(states, [.. update.Added, .. update.Raised]);
        foreach (var code in update.Added.Concat(update.Raised))
        {
            var state = byCode[code];
            var detail = !current.Entries.TryGetValue(code, out var locked)
                ? new MessageText("gitPhrase.isNew")
                : locked.Retired != state.Retired
                    ? new MessageText("gitPhrase.changedStatus")
                    : new MessageText("lockPhrase.contentChanged", ("locked", locked.Hash[..12]), ("now", state.Hash![..12]));
            found.Add(LockUpdate.Make(LockRules.Stale, state.File, state.Line, state.Column, code, ("code", code), ("detail", detail)));
        }
        if (baseLock is not null) CompareWithBase(current, baseLock, baseName, lockFile, found);
        return found;
    }

    /// <summary>The first readable state of each stale code: the stale few, not a map of every code (10^6 at full scale).</summary>
    private static Dictionary<string, ItemState> FirstStates(IReadOnlyList<ItemState> states, HashSet<string> codes)
    {
        var byCode = new Dictionary<string, ItemState>(StringComparer.Ordinal);
        if (codes.Count == 0) return byCode;
        foreach (var state in states)
        {
            if (state.Hash is not null && codes.Contains(state.Code)) byCode.TryAdd(state.Code, state);
        }
        return byCode;
    }

    private static void CompareWithBase(LockFile current, LockFile baseLock, string baseName, string lockFile, List<Diagnostic> found)
    {
        foreach (var old in baseLock.Entries.Values.OrderBy(e => e.Code, StringComparer.Ordinal))
        {
            if (!current.Entries.TryGetValue(old.Code, out var now))
            {
                found.Add(LockUpdate.Make(LockRules.EntryRemoved, lockFile, 1, 1, old.Code, ("code", old.Code), ("base", baseName)));
                continue;
            }
            if (now.Version < old.Version)
            {
                found.Add(LockUpdate.Make(LockRules.VersionBackwards, lockFile, now.Line, 1, old.Code, ("code", old.Code),
                    ("baseVersion", old.Version.ToString()), ("version", now.Version.ToString()), ("base", baseName)));
            }
            else if (now.Version == old.Version && (now.Hash != old.Hash || now.Retired != old.Retired))
            {
                found.Add(LockUpdate.Make(LockRules.VersionNotRaised, lockFile, now.Line, 1, old.Code, ("code", old.Code),
                    ("version", now.Version.ToString()), ("base", baseName)));
            }
            if (old.Retired && !now.Retired)
            {
                found.Add(LockUpdate.Make(LockRules.RetiredCodeReused, lockFile, now.Line, 1, old.Code, ("code", old.Code),
                    ("date", old.Changed.ToString("yyyy-MM-dd")), ("lockLine", now.Line.ToString())));
            }
        }
    }
}

using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Git.Lock;

/// <summary>
/// The lock as it should be now, from the lock as it was and the items as they are: a new code gets
/// version 1; a changed hash or status raises the version and records today's date (from the
/// injected clock, so the day the editor ran <c>catalog lock</c>). Retired codes stay forever.
/// Two things cannot be locked and are reported instead (their old line is kept): a retired code
/// used again, and an active code whose file disappeared.
/// </summary>
public sealed class LockUpdate
{
    private readonly LockFile _old;
    private readonly Dictionary<string, LockEntry> _changed;
    private IReadOnlyList<LockEntry>? _entries;

    private LockUpdate(LockFile old, Dictionary<string, LockEntry> changed, List<string> added, List<string> raised, List<Diagnostic> problems)
    {
        _old = old;
        _changed = changed;
        Added = added;
        Raised = raised;
        Problems = problems;
    }

    /// <summary>Codes new to the lock, in file order.</summary>
    public IReadOnlyList<string> Added { get; }

    /// <summary>Codes whose hash or status changed, in file order.</summary>
    public IReadOnlyList<string> Raised { get; }

    public IReadOnlyList<Diagnostic> Problems { get; }

    public bool Changed => Added.Count > 0 || Raised.Count > 0;

    /// <summary>
    /// Every line of the lock as it should be, in code order. Built on first use: <c>lock --check</c>
    /// needs only what changed, and at 10^6 codes copying and sorting the whole lock was a second of its time.
    /// </summary>
    public IReadOnlyList<LockEntry> Entries => _entries ??= Merged();

    public static LockUpdate Compute(LockFile old, IReadOnlyList<ItemState> states, DateOnly today, string lockFile)
    {
        var changed = new Dictionary<string, LockEntry>(StringComparer.Ordinal);
        var added = new List<string>();
        var raised = new List<string>();
        var problems = new List<Diagnostic>();
        var seen = new HashSet<string>(states.Count, StringComparer.Ordinal);
        var activeSeen = 0;
        foreach (var state in InFileOrder(states))
        {
            if (!seen.Add(state.Code)) continue;
            var entry = old.Entries.GetValueOrDefault(state.Code);
            if (entry is { Retired: false }) activeSeen++;
            if (state.Hash is null) continue;
            if (entry is null)
            {
                changed[state.Code] = new LockEntry(state.Code, state.Hash, 1, today, state.Retired);
                added.Add(state.Code);
            }
            else if (entry.Retired && !state.Retired)
            {
                problems.Add(Make(LockRules.RetiredCodeReused, state.File, state.Line, state.Column, state.Code,
                    ("code", state.Code), ("date", entry.Changed.ToString("yyyy-MM-dd")), ("lockLine", entry.Line.ToString())));
            }
            else if (entry.Hash != state.Hash || entry.Retired != state.Retired)
            {
                changed[state.Code] = new LockEntry(state.Code, state.Hash, entry.Version + 1, today, state.Retired);
                raised.Add(state.Code);
            }
        }
        // Codes whose file is gone: none when every active code was seen (the usual case, told by counting),
        // else found in one pass and only they are sorted.
        var active = 0;
        foreach (var entry in old.Entries.Values) active += entry.Retired ? 0 : 1;
        IEnumerable<LockEntry> vanished = activeSeen == active ? [] : old.Entries.Values.Where(e => !e.Retired && !seen.Contains(e.Code)).OrderBy(e => e.Code, StringComparer.Ordinal);
        foreach (var entry in vanished)
        {
            problems.Add(Make(LockRules.RemovedWithoutRetirement, lockFile, Math.Max(1, entry.Line), 1, entry.Code,
                ("code", entry.Code), ("version", entry.Version.ToString())));
        }
        return new LockUpdate(old, changed, added, raised, problems);
    }

    /// <summary>The states by file path (the first file of a code wins); the work tree's states come sorted already.</summary>
    private static IEnumerable<ItemState> InFileOrder(IReadOnlyList<ItemState> states)
    {
        for (var i = 1; i < states.Count; i++)
        {
            if (string.CompareOrdinal(states[i - 1].File, states[i].File) > 0) return states.OrderBy(s => s.File, StringComparer.Ordinal);
        }
        return states;
    }

    private List<LockEntry> Merged()
    {
        var entries = new List<LockEntry>(_old.Entries.Count + _changed.Count);
        foreach (var entry in _old.Entries.Values) entries.Add(_changed.GetValueOrDefault(entry.Code, entry));
        foreach (var (code, entry) in _changed)
        {
            if (!_old.Entries.ContainsKey(code)) entries.Add(entry);
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return entries;
    }

    internal static Diagnostic Make(RuleDescriptor rule, string file, int line, int column, string? item, params (string Name, MessageArgument Value)[] args)
    {
        var dict = new Dictionary<string, MessageArgument>(StringComparer.Ordinal);
        foreach (var (n, v) in args) dict[n] = v;
        return new Diagnostic(rule, rule.DefaultSeverity, file, Math.Max(1, line), Math.Max(1, column), item, dict);
    }
}

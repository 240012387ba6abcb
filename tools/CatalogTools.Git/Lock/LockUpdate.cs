using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Git.Lock;

/// <summary>
/// The lock as it should be now, from the lock as it was and the items as they are: a new code gets
/// version 1; a changed hash or status raises the version and records today's date (from the
/// injected clock, so the day the editor ran <c>catalog lock</c>). Retired codes stay forever.
/// Two things cannot be locked and are reported instead (their old line is kept): a retired code
/// used again, and an active code whose file disappeared.
/// </summary>
public sealed record LockUpdate(IReadOnlyList<LockEntry> Entries, IReadOnlyList<string> Added, IReadOnlyList<string> Raised, IReadOnlyList<Diagnostic> Problems)
{
    public bool Changed => Added.Count > 0 || Raised.Count > 0;

    public static LockUpdate Compute(LockFile old, IReadOnlyList<ItemState> states, DateOnly today, string lockFile)
    {
        var result = new Dictionary<string, LockEntry>(old.Entries, StringComparer.Ordinal);
        var added = new List<string>();
        var raised = new List<string>();
        var problems = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in states.OrderBy(s => s.File, StringComparer.Ordinal))
        {
            if (!seen.Add(state.Code) || state.Hash is null) continue;
            if (!old.Entries.TryGetValue(state.Code, out var entry))
            {
                result[state.Code] = new LockEntry(state.Code, state.Hash, 1, today, state.Retired);
                added.Add(state.Code);
            }
            else if (entry.Retired && !state.Retired)
            {
                problems.Add(Make(LockRules.RetiredCodeReused, state.File, state.Line, state.Column, state.Code,
                    ("code", state.Code), ("date", entry.Changed.ToString("yyyy-MM-dd")), ("lockLine", entry.Line.ToString())));
            }
            else if (entry.Hash != state.Hash || entry.Retired != state.Retired)
            {
                result[state.Code] = new LockEntry(state.Code, state.Hash, entry.Version + 1, today, state.Retired);
                raised.Add(state.Code);
            }
        }
        foreach (var entry in old.Entries.Values.OrderBy(e => e.Code, StringComparer.Ordinal))
        {
            if (seen.Contains(entry.Code) || entry.Retired) continue;
            problems.Add(Make(LockRules.RemovedWithoutRetirement, lockFile, Math.Max(1, entry.Line), 1, entry.Code,
                ("code", entry.Code), ("version", entry.Version.ToString())));
        }
        return new LockUpdate(result.Values.OrderBy(e => e.Code, StringComparer.Ordinal).ToList(), added, raised, problems);
    }

    internal static Diagnostic Make(RuleDescriptor rule, string file, int line, int column, string? item, params (string Name, MessageArgument Value)[] args)
    {
        var dict = new Dictionary<string, MessageArgument>(StringComparer.Ordinal);
        foreach (var (n, v) in args) dict[n] = v;
        return new Diagnostic(rule, rule.DefaultSeverity, file, Math.Max(1, line), Math.Max(1, column), item, dict);
    }
}

using System.Text;

namespace CatalogTools.Git.Lock;

/// <summary>The merged lock text and the codes both sides changed differently.</summary>
public sealed record LockMergeResult(string Text, IReadOnlyList<string> Conflicts, LockProblem? Unreadable)
{
    public bool Clean => Conflicts.Count == 0 && Unreadable is null;
}

/// <summary>
/// Three-way merge of catalog.lock, line by line per code (the git merge driver
/// <c>catalog lock --merge %O %A %B</c>): a code changed on one side takes that side; a code changed
/// alike on both sides is taken once; a code changed differently on both sides becomes one small
/// conflict block holding just that code's two lines, so two branches that touch different items
/// never conflict, and two that touch the same item conflict on that item only.
/// </summary>
public static class LockMerge
{
    public const string OursMarker = "<<<<<<< ours";
    public const string Separator = "=======";
    public const string TheirsMarker = ">>>>>>> theirs";

    public static LockMergeResult Merge(string baseText, string oursText, string theirsText)
    {
        var @base = LockFile.Parse(baseText);
        var ours = LockFile.Parse(oursText);
        var theirs = LockFile.Parse(theirsText);
        var broken = ours.Problems.Concat(theirs.Problems).FirstOrDefault();
        if (broken is not null)
        {
            // A side that cannot be read is not merged line by line: both whole texts go in one block for a person to decide.
            var whole = $"{OursMarker}\n{oursText.TrimEnd('\n')}\n{Separator}\n{theirsText.TrimEnd('\n')}\n{TheirsMarker}\n";
            return new LockMergeResult(whole, [], broken);
        }
        var codes = ours.Entries.Keys.Concat(theirs.Entries.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var text = new StringBuilder(LockFile.Header);
        var conflicts = new List<string>();
        foreach (var code in codes)
        {
            var o = @base.Problems.Count == 0 ? @base.Entries.GetValueOrDefault(code) : null;
            var a = ours.Entries.GetValueOrDefault(code);
            var b = theirs.Entries.GetValueOrDefault(code);
            LockEntry? taken;
            if (Same(a, b) || Same(b, o)) taken = a;
            else if (Same(a, o)) taken = b;
            else
            {
                conflicts.Add(code);
                text.Append(OursMarker).Append('\n');
                if (a is not null) text.Append(LockFile.Line(a)).Append('\n');
                text.Append(Separator).Append('\n');
                if (b is not null) text.Append(LockFile.Line(b)).Append('\n');
                text.Append(TheirsMarker).Append('\n');
                continue;
            }
            if (taken is not null) text.Append(LockFile.Line(taken)).Append('\n');
        }
        return new LockMergeResult(text.ToString(), conflicts, null);
    }

    private static bool Same(LockEntry? x, LockEntry? y) =>
        x is null ? y is null : y is not null && x.Code == y.Code && x.Hash == y.Hash && x.Version == y.Version && x.Changed == y.Changed && x.Retired == y.Retired;
}

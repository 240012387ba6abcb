using System.Globalization;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Excel.Import;

/// <summary>What an import would remove from one list of one item: which entries, of how many.</summary>
public sealed record ListDeletion(string Code, string Path, string List, IReadOnlyList<string> Removed, int Total);

/// <summary>
/// Import never deletes by accident: the entries of an item's materials and steps that the workbook
/// no longer has are counted against the file's own list (not against the hidden sheet, which a
/// user can delete). Removing more than import.maxDeletedShare of a list (policy.yaml, default 0.5)
/// needs --allow-deletions; with it, the deletion is reported (info) and listed in the dry run.
/// </summary>
public static class DeletionGuard
{
    /// <summary>The lists guarded, with the message that names them (members: a 一件事's, from 一件事成员).</summary>
    private static readonly (string Key, string MessageId)[] Lists =
        [("materials", "deletionGuard.list.materials"), ("steps", "deletionGuard.list.steps"), ("members", "deletionGuard.list.members")];

    /// <summary>Entries of the file's lists (by name) that the new tree no longer has, list by list, when more than <paramref name="share"/> of the list goes.</summary>
    public static List<ListDeletion> Find(string code, string path, YNode? old, YNode fresh, double share)
    {
        var found = new List<ListDeletion>();
        if (old is not { Kind: YKind.Mapping }) return found;
        foreach (var (key, _) in Lists)
        {
            if (old.Get(key) is not { Kind: YKind.Sequence } before || before.Items.Count == 0) continue;
            var after = fresh.Get(key) is { Kind: YKind.Sequence } a ? Names(a) : [];
            var removed = new List<string>();
            foreach (var entry in before.Items)
            {
                var name = NameOf(entry);
                if (!after.Remove(name)) removed.Add(name);
            }
            if (removed.Count > 0 && removed.Count > share * before.Items.Count)
            {
                found.Add(new ListDeletion(code, path, key, removed, before.Items.Count));
            }
        }
        return found;
    }

    /// <summary>The diagnostic for one deletion, at the item's row: an error, or with consent an info that records it.</summary>
    public static Diagnostic Diagnose(ListDeletion deletion, CellPlace row, string workbook, double share, bool allowed)
    {
        var names = string.Join("、", deletion.Removed.Take(10).Select(n => $"『{n}』")) + (deletion.Removed.Count > 10 ? "…" : "");
        var d = row.Diagnose(WorkbookRules.DeletionNeedsConsent, workbook, deletion.Code,
            ("element", ListMessage(deletion.List)),
            ("removed", deletion.Removed.Count.ToString(CultureInfo.InvariantCulture)),
            ("total", deletion.Total.ToString(CultureInfo.InvariantCulture)),
            ("share", share.ToString("0.##", CultureInfo.InvariantCulture)),
            ("names", names));
        return allowed ? d with { Severity = Severity.Info } : d;
    }

    /// <summary>The list's name for people, as a message.</summary>
    public static MessageText ListMessage(string key) => new(Lists.First(l => l.Key == key).MessageId);

    /// <summary>The list's name for people, in the caller's language.</summary>
    public static string ListName(string key, Lang lang) => ListMessage(key).In(lang);

    private static List<string> Names(YNode list) => list.Items.Select(NameOf).ToList();

    /// <summary>An entry is known by its name (materials and steps have one); a scalar entry by its text.</summary>
    private static string NameOf(YNode entry) => entry.Kind switch
    {
        YKind.Mapping => entry.Get("name")?.Value ?? "",
        YKind.Scalar => entry.Value,
        _ => "",
    };
}

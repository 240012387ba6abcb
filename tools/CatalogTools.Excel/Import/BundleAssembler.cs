using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Yaml;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Import;

/// <summary>One bundle as the workbook states it: its tree (an <see cref="ItemDraft"/> without 类别) and where each member code was written.</summary>
public sealed record BundleDraft(ItemDraft Draft, IReadOnlyList<(string Code, CellPlace Place)> Members);

/// <summary>
/// Reads the 一件事 sheets as bundle files (service-bundles/CODE.yaml): a 一件事 row, its 一件事成员
/// rows (one member each) and its 一件事材料 rows (one combined material each), joined by 一件事编码.
/// Cells are read by the item reader's own rules (<see cref="ItemAssembler"/>), so a bundle's cell
/// speaks as an item's does. The sheets came after the forms' first version: a workbook without
/// them whose hidden sheet names no bundle was exported before them, and its bundles stay as they are.
/// </summary>
public sealed class BundleAssembler(string workbookName, ItemAssembler cells)
{
    private readonly HashSet<string> _unread = new(StringComparer.Ordinal);

    /// <summary>Problems of the sheets as a whole and of rows that belong to no bundle.</summary>
    public List<Diagnostic> Diagnostics { get; } = new();

    /// <summary>The bundle codes of the 一件事 sheet, in row order.</summary>
    public List<string> Codes { get; } = new();

    /// <summary>Whether the 一件事 sheet was read (so a bundle missing from it was removed from it).</summary>
    public bool BundlesRead => !_unread.Contains(WorkbookLayout.BundlesSheet);

    /// <summary>The bundle keys filled by the sheets that could not be read: the files keep theirs.</summary>
    public IReadOnlySet<string> UnreadKeys => _unread.SelectMany(WorkbookLayout.BundleKeysOf).ToHashSet(StringComparer.Ordinal);

    /// <param name="expected">The hidden sheet names bundles: the workbook was exported with the 一件事 sheets, so a missing one is an error.</param>
    public List<(BundleDraft Bundle, List<Diagnostic> Problems)> Read(StreamedWorkbook workbook, bool expected)
    {
        var tables = new Dictionary<string, SheetTable>(StringComparer.Ordinal);
        foreach (var spec in WorkbookLayout.BundleSheets)
        {
            var sheet = workbook.Sheet(spec.Name);
            if (sheet is null)
            {
                if (expected) Diagnostics.Add(new CellPlace(spec.Name, 1, 0).Diagnose(WorkbookRules.MissingSheet, workbookName, null, ("sheet", spec.Name)));
                _unread.Add(spec.Name);
                continue;
            }
            var hidden = new List<int>();
            var table = SheetTable.Read(sheet.Name, ItemAssembler.Watch(workbook.Rows(sheet), hidden), spec, workbookName, Diagnostics);
            if (table is null) _unread.Add(spec.Name);
            else tables[spec.Name] = Materialized(table);
            cells.ReportHidden(sheet, hidden);
        }
        var listRows = new Dictionary<string, List<TableRow>>(StringComparer.Ordinal);
        foreach (var name in new[] { WorkbookLayout.BundleMembersSheet, WorkbookLayout.BundleMaterialsSheet })
        {
            if (!tables.TryGetValue(name, out var table)) continue;
            foreach (var row in table.Rows)
            {
                if (cells.CodeOf(row, Diagnostics) is not { } code) continue;
                if (!listRows.TryGetValue(code, out var rows)) listRows[code] = rows = new();
                rows.Add(row);
            }
        }
        var result = new List<(BundleDraft, List<Diagnostic>)>();
        if (tables.TryGetValue(WorkbookLayout.BundlesSheet, out var bundles))
        {
            var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in bundles.Rows)
            {
                if (cells.CodeOf(row, Diagnostics) is not { } code) continue;
                if (firstRow.TryGetValue(code, out var first))
                {
                    Diagnostics.Add(row.Place(0).Diagnose(WorkbookRules.DuplicateRow, workbookName, code, ("key", code), ("firstRow", first.ToString())));
                    continue;
                }
                firstRow[code] = row.Raw.Number;
                Codes.Add(code);
                listRows.Remove(code, out var rows);
                result.Add(Build(row, rows ?? []));
            }
            // Rows of the list sheets whose 一件事编码 has no 一件事 row would be lost: each is named.
            foreach (var (code, rows) in listRows)
            {
                foreach (var row in rows) Diagnostics.Add(row.Place(0).Diagnose(WorkbookRules.BundleUnmatchedCode, workbookName, code, ("code", code)));
            }
        }
        return result;
    }

    /// <summary>The sheets hold one row per bundle, member and material (tens to hundreds), so they are read whole.</summary>
    private static SheetTable Materialized(SheetTable table) => new() { Spec = table.Spec, Name = table.Name, ColumnMap = table.ColumnMap, Rows = table.Rows.ToList() };

    private (BundleDraft, List<Diagnostic>) Build(TableRow row, List<TableRow> listRows)
    {
        var problems = new List<Diagnostic>();
        var draft = cells.BuildItem(row, WorkbookLayout.Bundles.Columns, -1, problems)!;
        var members = new List<(string, CellPlace)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var listRow in listRows)
        {
            var spec = WorkbookLayout.Sheet(listRow.Sheet)!;
            MessageArgument key;
            YNode? node;
            if (spec == WorkbookLayout.BundleMembers)
            {
                node = Member(listRow, draft, problems);
                key = node?.Value ?? "";
                if (node is not null) members.Add((node.Value, listRow.Place(1)));
            }
            else
            {
                node = cells.ListEntry(listRow, spec, draft, problems, out key)?.Node;
            }
            if (node is null) continue;
            var duplicateKey = spec.Name + "｜" + key.Identity;
            if (seen.TryGetValue(duplicateKey, out var firstRow))
            {
                problems.Add(listRow.Place(1).Diagnose(WorkbookRules.DuplicateRow, workbookName, draft.Code, ("key", key), ("firstRow", firstRow.ToString())));
                continue;
            }
            seen[duplicateKey] = listRow.Raw.Number;
            draft.List(spec.ListKey!).Items.Add(node);
        }
        foreach (var (key, list) in draft.Lists) draft.Root.Pairs.Add(new(ItemAssembler.Key(key), list));
        return (new BundleDraft(draft, members), problems);
    }

    /// <summary>A member row's code, or null (then a diagnostic names the cell) when the cell is blank or unreadable.</summary>
    private YNode? Member(TableRow row, ItemDraft draft, List<Diagnostic> problems)
    {
        var before = problems.Count;
        var node = cells.Scalar(row, 1, draft, problems);
        if (node is null && problems.Count == before)
        {
            problems.Add(row.Place(1).Diagnose(WorkbookRules.BadCellValue, workbookName, draft.Code,
                ("header", WorkbookLayout.BundleMembers.Columns[1].Header), ("value", ""), ("expected", new MessageText("workbookPhrase.anImplementationCode"))));
        }
        return node;
    }
}

using CatalogTools.Core.Diagnostics;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Import;

/// <summary>One data row of a sheet: the row as stored and, per layout column, the sheet column holding it.</summary>
public sealed record TableRow(RawRow Raw, string Sheet, int[] ColumnMap)
{
    public RawCell? Cell(int specColumn)
    {
        var at = ColumnMap[specColumn];
        return at >= 0 && Raw.Cells.TryGetValue(at, out var c) ? c : null;
    }

    public CellPlace Place(int specColumn) => new(Sheet, Raw.Number, Math.Max(0, ColumnMap[specColumn]));
}

/// <summary>
/// A sheet read against its layout: the header row found below any title rows, columns mapped by
/// header text (any order), blank rows skipped; unknown and missing columns are diagnostics; the
/// read-only display columns are skipped (and may be missing, as in workbooks exported before them).
/// </summary>
public sealed class SheetTable
{
    private const int HeaderSearchRows = 30;

    public required SheetSpec Spec { get; init; }
    public required RawSheet Sheet { get; init; }
    public required int[] ColumnMap { get; init; }
    public required List<TableRow> Rows { get; init; }

    public static SheetTable? Read(RawSheet sheet, SheetSpec spec, string workbook, List<Diagnostic> diagnostics)
    {
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < spec.Columns.Count; i++) known[CellText.HeaderKey(spec.Columns[i].Header)] = i;
        var display = spec.Display.Select(d => CellText.HeaderKey(d.Header)).ToHashSet(StringComparer.Ordinal);

        RawRow? header = null;
        var best = 0;
        foreach (var row in sheet.Rows.Take(HeaderSearchRows))
        {
            var matches = row.Cells.Values.Count(c => known.ContainsKey(CellText.HeaderKey(c.Text)));
            if (matches > best)
            {
                best = matches;
                header = row;
            }
        }
        if (header is null || best < Math.Min(2, spec.Columns.Count))
        {
            diagnostics.Add(new CellPlace(sheet.Name, 1, 0).Diagnose(WorkbookRules.MissingColumn, workbook, null, ("sheet", sheet.Name), ("header", spec.Columns[0].Header)));
            return null;
        }
        var map = Enumerable.Repeat(-1, spec.Columns.Count).ToArray();
        var ok = true;
        var reported = new HashSet<int>();
        foreach (var (column, cell) in header.Cells.OrderBy(c => c.Key))
        {
            var key = CellText.HeaderKey(cell.Text);
            if (key.Length == 0) continue;
            reported.Add(column);
            if (display.Contains(key)) continue; // read-only names beside the codes: shown, never imported
            if (known.TryGetValue(key, out var index) && map[index] < 0)
            {
                map[index] = column;
                continue;
            }
            // Reported once at its header; the rest of the sheet is still read so every problem shows.
            diagnostics.Add(new CellPlace(sheet.Name, header.Number, column).Diagnose(WorkbookRules.UnknownColumn, workbook, null, ("sheet", sheet.Name), ("header", CellText.Trim(cell.Text))));
        }
        for (var i = 0; i < map.Length; i++)
        {
            if (map[i] >= 0) continue;
            diagnostics.Add(new CellPlace(sheet.Name, header.Number, 0).Diagnose(WorkbookRules.MissingColumn, workbook, null, ("sheet", sheet.Name), ("header", spec.Columns[i].Header)));
            ok = false;
        }
        if (!ok) return null;
        var rows = new List<TableRow>();
        foreach (var row in sheet.Rows)
        {
            if (row.Number <= header.Number) continue;
            if (row.Cells.Values.All(c => !c.Uncalculated && CellText.Trim(c.Text).Length == 0)) continue;
            // A formula without a computed value is not an empty cell: reading it as one would delete what it stood for.
            foreach (var (column, cell) in row.Cells)
            {
                if (!cell.Uncalculated) continue;
                var code = map[0] >= 0 && row.Cells.TryGetValue(map[0], out var c0) && CellText.Trim(c0.Text) is { Length: > 0 } k ? k : null;
                diagnostics.Add(new CellPlace(sheet.Name, row.Number, column).Diagnose(WorkbookRules.UncalculatedFormula, workbook, code, ("sheet", sheet.Name)));
            }
            // Content outside the layout's columns would be lost silently: it is an unknown column.
            foreach (var (column, cell) in row.Cells)
            {
                if (Array.IndexOf(map, column) < 0 && reported.Add(column) && CellText.Trim(cell.Text).Length > 0)
                {
                    diagnostics.Add(new CellPlace(sheet.Name, row.Number, column).Diagnose(WorkbookRules.UnknownColumn, workbook, null, ("sheet", sheet.Name), ("header", MessageTemplateFormatter.Localized("（无表头）", "(no header)"))));
                }
            }
            rows.Add(new TableRow(row, sheet.Name, map));
        }
        return new SheetTable { Spec = spec, Sheet = sheet, ColumnMap = map, Rows = rows };
    }
}

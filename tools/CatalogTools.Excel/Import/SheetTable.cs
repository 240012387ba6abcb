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

    public CellPlace Place(int specColumn) => new(Sheet, Raw.Number, Math.Max(0, ColumnMap[specColumn]), WorkbookLayout.Sheet(Sheet)?.Columns[specColumn], ColumnMap);
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
    public required string Name { get; init; }
    public required int[] ColumnMap { get; init; }

    /// <summary>The data rows, read as they are taken (once): their problems (formulas without values, cells without a header) go to the diagnostics then.</summary>
    public required IEnumerable<TableRow> Rows { get; init; }

    public static SheetTable? Read(RawSheet sheet, SheetSpec spec, string workbook, List<Diagnostic> diagnostics) =>
        Read(sheet.Name, sheet.Rows, spec, workbook, diagnostics);

    /// <summary>
    /// The table of a sheet whose rows are streamed: the header is looked for in the first rows, the
    /// rest are read as <see cref="Rows"/> is taken. A sheet without its columns is read to its end
    /// here (so whoever watches the rows sees them all) and gives null.
    /// </summary>
    public static SheetTable? Read(string sheetName, IEnumerable<RawRow> source, SheetSpec spec, string workbook, List<Diagnostic> diagnostics)
    {
        var rest = source.GetEnumerator();
        var head = new List<RawRow>();
        while (head.Count < HeaderSearchRows && rest.MoveNext()) head.Add(rest.Current);
        var sheet = (Name: sheetName, Rows: head);
        var table = Read(sheet, rest, spec, workbook, diagnostics);
        if (table is null)
        {
            while (rest.MoveNext())
            {
            }
            rest.Dispose();
        }
        return table;
    }

    private static SheetTable? Read((string Name, List<RawRow> Rows) sheet, IEnumerator<RawRow> rest, SheetSpec spec, string workbook, List<Diagnostic> diagnostics)
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
        bool ok;
        var reported = new HashSet<int>();
        var unknown = new List<(int Column, string Text)>();
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
            unknown.Add((column, CellText.Trim(cell.Text)));
        }
        var missing = Enumerable.Range(0, map.Length).Where(i => map[i] < 0).ToList();
        // A header that is not known where a column is missing was renamed: one error, at that header,
        // naming the column expected. Any other unknown or missing column is reported on its own.
        for (var k = 0; k < unknown.Count; k++)
        {
            var (column, text) = unknown[k];
            var place = new CellPlace(sheet.Name, header.Number, column);
            if (k < missing.Count)
            {
                diagnostics.Add(place.Diagnose(WorkbookRules.RenamedColumn, workbook, null, ("sheet", sheet.Name), ("found", text), ("header", spec.Columns[missing[k]].Header)));
            }
            else
            {
                // Reported once at its header; the rest of the sheet is still read so every problem shows.
                diagnostics.Add(place.Diagnose(WorkbookRules.UnknownColumn, workbook, null, ("sheet", sheet.Name), ("header", text)));
            }
        }
        foreach (var i in missing.Skip(unknown.Count))
        {
            diagnostics.Add(new CellPlace(sheet.Name, header.Number, 0).Diagnose(WorkbookRules.MissingColumn, workbook, null, ("sheet", sheet.Name), ("header", spec.Columns[i].Header)));
        }
        ok = missing.Count == 0;
        if (!ok) return null;
        return new SheetTable { Spec = spec, Name = sheet.Name, ColumnMap = map, Rows = DataRows(sheet.Name, sheet.Rows, rest, header.Number, map, reported, workbook, diagnostics) };
    }

    private static IEnumerable<TableRow> DataRows(string sheetName, List<RawRow> head, IEnumerator<RawRow> rest, int headerRow, int[] map, HashSet<int> reported, string workbook, List<Diagnostic> diagnostics)
    {
        using (rest)
        {
            foreach (var row in head)
            {
                if (DataRow(sheetName, row, headerRow, map, reported, workbook, diagnostics) is { } r) yield return r;
            }
            while (rest.MoveNext())
            {
                if (DataRow(sheetName, rest.Current, headerRow, map, reported, workbook, diagnostics) is { } r) yield return r;
            }
        }
    }

    private static TableRow? DataRow(string sheetName, RawRow row, int headerRow, int[] map, HashSet<int> reported, string workbook, List<Diagnostic> diagnostics)
    {
        if (row.Number <= headerRow) return null;
        if (row.Cells.Values.All(c => !c.Uncalculated && CellText.Trim(c.Text).Length == 0)) return null;
        // A formula without a computed value is not an empty cell: reading it as one would delete what it stood for.
        foreach (var (column, cell) in row.Cells)
        {
            if (!cell.Uncalculated) continue;
            var code = map[0] >= 0 && row.Cells.TryGetValue(map[0], out var c0) && CellText.Trim(c0.Text) is { Length: > 0 } k ? k : null;
            diagnostics.Add(new CellPlace(sheetName, row.Number, column).Diagnose(WorkbookRules.UncalculatedFormula, workbook, code, ("sheet", sheetName)));
        }
        // Content outside the layout's columns would be lost silently: it is an unknown column.
        foreach (var (column, cell) in row.Cells)
        {
            if (Array.IndexOf(map, column) < 0 && reported.Add(column) && CellText.Trim(cell.Text).Length > 0)
            {
                diagnostics.Add(new CellPlace(sheetName, row.Number, column).Diagnose(WorkbookRules.UnknownColumn, workbook, null, ("sheet", sheetName), ("header", new MessageText("workbookPhrase.noHeader"))));
            }
        }
        return new TableRow(row, sheetName, map);
    }
}

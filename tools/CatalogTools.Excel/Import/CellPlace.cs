using CatalogTools.Core.Diagnostics;
using CatalogTools.Excel.Export;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Import;

/// <summary>A cell of the workbook: sheet, 1-based row, 0-based column; printed as 申请材料!D17.</summary>
/// <remarks>
/// <see cref="Header"/>: the layout column the cell belongs to, when it is a data cell (messages name
/// it); <see cref="Columns"/>: where each layout column stands in that sheet, so a finding about
/// another field of the same row can move to that field's cell (<see cref="InColumn"/>).
/// </remarks>
public readonly record struct CellPlace(string Sheet, int Row, int Column, ColumnSpec? Header = null, int[]? Columns = null)
{
    /// <summary>The cell of the same row in the layout column <paramref name="spec"/>, when the sheet has it.</summary>
    public CellPlace InColumn(SheetSpec sheet, ColumnSpec spec)
    {
        var index = -1;
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            if (ReferenceEquals(sheet.Columns[i], spec)) index = i;
        }
        return Columns is { } map && index >= 0 && map[index] >= 0 ? this with { Column = map[index], Header = spec } : this with { Header = spec };
    }

    public override string ToString() => $"{Sheet}!{RowStreamer.ColumnName(Column)}{Row}";

    /// <summary>
    /// A diagnostic about this cell (file = the workbook, line = row, column = column). Sheet and
    /// header arguments that are names of the forms read in English with `--lang en` (see EnglishNames).
    /// </summary>
    public Diagnostic Diagnose(RuleDescriptor rule, string workbook, string? item, params (string Name, MessageArgument Value)[] args)
    {
        var dict = new Dictionary<string, MessageArgument>(StringComparer.Ordinal);
        foreach (var (n, v) in args) dict[n] = n is "sheet" or "header" && v.Text is { } name ? EnglishNames.Term(name) : v;
        return new Diagnostic(rule, rule.DefaultSeverity, workbook, Math.Max(1, Row), Column + 1, item, dict) { Place = ToString() };
    }
}

using CatalogTools.Core.Diagnostics;
using CatalogTools.Excel.Export;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Import;

/// <summary>A cell of the workbook: sheet, 1-based row, 0-based column; printed as 申请材料!D17.</summary>
public readonly record struct CellPlace(string Sheet, int Row, int Column)
{
    public override string ToString() => $"{Sheet}!{RowStreamer.ColumnName(Column)}{Row}";

    /// <summary>
    /// A diagnostic about this cell (file = the workbook, line = row, column = column). Sheet and
    /// header arguments that are names of the forms read in English with `--lang en` (see EnglishNames).
    /// </summary>
    public Diagnostic Diagnose(RuleDescriptor rule, string workbook, string? item, params (string Name, string Value)[] args)
    {
        var dict = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (n, v) in args) dict[n] = n is "sheet" or "header" ? EnglishNames.Term(v) : v;
        return new Diagnostic(rule, rule.DefaultSeverity, workbook, Math.Max(1, Row), Column + 1, item, dict) { Place = ToString() };
    }
}

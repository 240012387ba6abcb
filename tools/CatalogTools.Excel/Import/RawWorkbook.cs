namespace CatalogTools.Excel.Import;

/// <summary>
/// A cell as stored: its text, and whether it was stored as a number (so 230100 and dates can be recognised).
/// <paramref name="Uncalculated"/>: a formula with no cached value (what openpyxl and other libraries write):
/// its text is not known, and it must not be taken for an empty cell.
/// </summary>
public readonly record struct RawCell(string Text, bool Numeric, bool Uncalculated = false);

/// <summary>One row as stored: 1-based row number, whether it is hidden, cells by 0-based column.</summary>
public sealed record RawRow(int Number, bool Hidden, RowCells Cells);

/// <summary>One sheet as stored; <see cref="Hidden"/> for hidden and very hidden sheets.</summary>
public sealed record RawSheet(string Name, bool Hidden, List<RawRow> Rows);

public sealed record RawWorkbook(List<RawSheet> Sheets)
{
    public RawSheet? Sheet(string name) => Sheets.FirstOrDefault(s => s.Name.Trim() == name);
}

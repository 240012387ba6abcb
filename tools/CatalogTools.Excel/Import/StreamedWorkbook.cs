using DocumentFormat.OpenXml.Packaging;

namespace CatalogTools.Excel.Import;

/// <summary>A sheet of an open workbook: its name, whether it is hidden, and its part (rows not read yet).</summary>
public sealed record SheetEntry(string Name, bool Hidden, WorksheetPart Part);

/// <summary>Cells read so far across the workbook, for the cell limit (shared by every sheet's reader).</summary>
internal sealed class CellCount
{
    public long Value;
}

/// <summary>
/// A workbook open for reading with <see cref="WorkbookReader"/>'s SAX reader, one sheet at a time:
/// <see cref="Rows"/> yields rows as they are read, so a sheet of 10^5 rows need not be held.
/// Limits (<see cref="WorkbookLimits"/>) hold across the sheets as in a whole read.
/// </summary>
public sealed class StreamedWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly List<string> _shared;
    private readonly WorkbookLimits _limits;
    private readonly CellCount _cells = new();
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    internal StreamedWorkbook(SpreadsheetDocument document, List<SheetEntry> sheets, List<string> shared, WorkbookLimits limits)
    {
        _document = document;
        Sheets = sheets;
        _shared = shared;
        _limits = limits;
    }

    public IReadOnlyList<SheetEntry> Sheets { get; }

    /// <summary>The sheet of that name (surrounding spaces ignored, as offices add them), or null.</summary>
    public SheetEntry? Sheet(string name) => Sheets.FirstOrDefault(s => s.Name.Trim() == name);

    /// <summary>The sheet's rows, read as they are taken; reading again reads the part again.</summary>
    public IEnumerable<RawRow> Rows(SheetEntry sheet) => WorkbookReader.ReadRows(sheet.Part, sheet.Name, _shared, _limits, _cells, _pool);

    /// <summary>The whole sheet in memory (for the small sheets, and for callers that want it all).</summary>
    public RawSheet Materialize(SheetEntry sheet) => new(sheet.Name, sheet.Hidden, Rows(sheet).ToList());

    public void Dispose() => _document.Dispose();
}

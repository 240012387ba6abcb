using System.Globalization;
using System.IO.Compression;
using System.Text;
using CatalogTools.Core.Diagnostics;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CatalogTools.Excel.Import;

/// <summary>
/// Reads every sheet of an .xlsx with the Open XML SDK's SAX reader: shared strings (with rich
/// text runs), inline strings, formula results, booleans, numbers; hidden rows and sheets are
/// marked, not dropped. Works the same for files saved by Excel, WPS and LibreOffice.
/// Everything is read within <see cref="WorkbookLimits"/> (a <see cref="WorkbookLimitException"/> says which).
/// </summary>
public static class WorkbookReader
{
    public static RawWorkbook Read(Stream stream) => Read(stream, WorkbookLimits.Default);

    public static RawWorkbook Read(Stream stream, WorkbookLimits limits)
    {
        using var workbook = Open(stream, limits);
        return new RawWorkbook(workbook.Sheets.Select(workbook.Materialize).ToList());
    }

    /// <summary>
    /// Opens a workbook for reading sheet by sheet, row by row (<see cref="StreamedWorkbook.Rows"/>):
    /// the package checks and the shared strings are read here, each sheet's rows only as they are taken.
    /// </summary>
    public static StreamedWorkbook Open(Stream stream, WorkbookLimits limits)
    {
        CheckPackage(stream, limits);
        var document = SpreadsheetDocument.Open(stream, false);
        try
        {
            var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var shared = SharedStrings(workbookPart, limits);
            var sheets = new List<SheetEntry>();
            foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part) continue;
                var hidden = sheet.State is not null && sheet.State.Value != SheetStateValues.Visible;
                sheets.Add(new SheetEntry(sheet.Name?.Value ?? "", hidden, part));
            }
            return new StreamedWorkbook(document, sheets, shared, limits);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The package's size and each part's uncompressed size as the zip directory declares them,
    /// before anything is inflated. Not a zip at all: left to the SDK, which says so.
    /// </summary>
    internal static void CheckPackage(Stream stream, WorkbookLimits limits)
    {
        if (!stream.CanSeek) return;
        if (stream.Length > limits.MaxPackageBytes)
        {
            throw new WorkbookLimitException(new MessageText("workbookLimit.fileTooLarge", ("size", Size(stream.Length)), ("max", Size(limits.MaxPackageBytes))));
        }
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var total = 0L;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > limits.MaxPartBytes) throw PartTooLarge(entry.FullName, entry.Length, limits.MaxPartBytes);
                total += entry.Length;
                if (total > limits.MaxTotalBytes)
                {
                    throw new WorkbookLimitException(new MessageText("workbookLimit.partsInflateTooFar", ("max", Size(limits.MaxTotalBytes))));
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not a zip: the SDK reports it as an unreadable workbook (CAT0150).
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static WorkbookLimitException PartTooLarge(string part, long size, long max) =>
        new(size > 0
            ? new MessageText("workbookLimit.partInflatesToSize", ("part", part), ("size", Size(size)), ("max", Size(max)))
            : new MessageText("workbookLimit.partInflatesTooFar", ("part", part), ("max", Size(max))));

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB"
        : bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";

    /// <summary>A part's stream that stops at the part limit whatever the zip directory claimed (a lying header inflates no further).</summary>
    internal static Stream Bounded(OpenXmlPart part, WorkbookLimits limits) =>
        new BoundedReadStream(part.GetStream(FileMode.Open, FileAccess.Read), limits.MaxPartBytes, () => PartTooLarge(part.Uri.ToString(), 0, limits.MaxPartBytes));

    /// <summary>Shared strings, read with a plain XmlReader so that their number and total length are counted before they fill memory.</summary>
    private static List<string> SharedStrings(WorkbookPart workbookPart, WorkbookLimits limits)
    {
        var list = new List<string>();
        var part = workbookPart.SharedStringTablePart;
        if (part is null) return list;
        using var stream = Bounded(part, limits);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        var chars = 0L;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main || xml.LocalName != "si") continue;
            if (list.Count >= limits.MaxSharedStrings)
            {
                throw new WorkbookLimitException(new MessageText("workbookLimit.tooManySharedStrings", ("max", limits.MaxSharedStrings.ToString("N0", CultureInfo.CurrentCulture))));
            }
            var text = xml.IsEmptyElement ? "" : ItemText(xml, limits.MaxSharedStringChars - chars);
            chars += text.Length;
            if (chars > limits.MaxSharedStringChars)
            {
                throw new WorkbookLimitException(new MessageText("workbookLimit.sharedStringsTooLong", ("max", limits.MaxSharedStringChars.ToString("N0", CultureInfo.CurrentCulture))));
            }
            list.Add(text);
        }
        return list;
    }

    /// <summary>
    /// Text of a string item (the reader on its si): its t, or its runs' t; phonetic runs (rPh) are
    /// not text. Stops reading once the text is longer than <paramref name="room"/> (the caller reports it).
    /// </summary>
    private static string ItemText(XmlReader xml, long room)
    {
        var depth = xml.Depth;
        var inPhonetic = 0;
        var inText = false;
        var sb = new StringBuilder();
        while (xml.Read() && xml.Depth > depth)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "rPh" && !xml.IsEmptyElement:
                    inPhonetic++;
                    break;
                case XmlNodeType.Element when xml.LocalName == "t" && !xml.IsEmptyElement:
                    inText = true;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "rPh":
                    inPhonetic--;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inText && inPhonetic == 0:
                    sb.Append(xml.Value);
                    if (sb.Length > room) return sb.ToString();
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Rows of a worksheet, read with a plain XmlReader: the fastest way through 10^5 rows. Each row's
    /// cells go to exact-size arrays (<see cref="RowCells"/>), and equal texts share one string
    /// (<paramref name="pool"/>): an export repeats agency, address and name texts on thousands of rows.
    /// </summary>
    internal static IEnumerable<RawRow> ReadRows(WorksheetPart part, string sheet, List<string> shared, WorkbookLimits limits, CellCount cells, Dictionary<string, string> pool)
    {
        var rowCount = 0;
        using var stream = Bounded(part, limits);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        var nextRow = 1;
        var buffer = new List<(int Column, RawCell Cell)>(64);
        int? current = null;
        var currentHidden = false;
        var nextColumn = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main) continue;
            switch (xml.LocalName)
            {
                case "row":
                {
                    if (current is { } done)
                    {
                        yield return new RawRow(done, currentHidden, RowCells.From(buffer));
                        buffer.Clear();
                        rowCount++;
                    }
                    var number = int.TryParse(xml.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : nextRow;
                    if (number > limits.MaxRows || rowCount >= limits.MaxRows)
                    {
                        throw new WorkbookLimitException(new MessageText("workbookLimit.tooManyRows", ("sheet", sheet), ("max", limits.MaxRows.ToString("N0", CultureInfo.CurrentCulture))), sheet, Math.Min(number, limits.MaxRows + 1));
                    }
                    nextRow = number + 1;
                    nextColumn = 0;
                    current = number;
                    currentHidden = xml.GetAttribute("hidden") is "1" or "true";
                    break;
                }
                case "c" when current is { } rowNumber:
                {
                    var reference = xml.GetAttribute("r");
                    var column = reference is null ? nextColumn : ColumnOf(reference);
                    nextColumn = column + 1;
                    if (column >= limits.MaxColumns || column < 0)
                    {
                        throw new WorkbookLimitException(new MessageText("workbookLimit.tooManyColumns", ("sheet", sheet), ("max", limits.MaxColumns.ToString("N0", CultureInfo.CurrentCulture))), sheet, rowNumber, Math.Max(0, Math.Min(column, limits.MaxColumns)));
                    }
                    if (++cells.Value > limits.MaxCells)
                    {
                        throw new WorkbookLimitException(new MessageText("workbookLimit.tooManyCells", ("max", limits.MaxCells.ToString("N0", CultureInfo.CurrentCulture))), sheet, rowNumber, column);
                    }
                    var type = xml.GetAttribute("t");
                    var (value, inline, formula) = CellContent(xml, limits.MaxCellChars);
                    // A formula with no cached result (or an empty one that is not a text result) has no known value.
                    if (formula && (value is null || (value.Length == 0 && type != "str")))
                    {
                        buffer.Add((column, new RawCell("", false, Uncalculated: true)));
                        break;
                    }
                    RawCell? cell = type switch
                    {
                        "s" => value is not null && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? new RawCell(shared[i], false) : null,
                        "inlineStr" => inline is null ? null : new RawCell(Pooled(pool, inline), false),
                        "b" => value is null ? null : new RawCell(value == "1" ? "TRUE" : "FALSE", false),
                        "str" or "e" or "d" => value is null ? null : new RawCell(Pooled(pool, value), false),
                        _ => value is null ? null : new RawCell(Pooled(pool, value), true),
                    };
                    if (cell is { } c)
                    {
                        if (c.Text.Length > limits.MaxCellChars)
                        {
                            throw new WorkbookLimitException(new MessageText("workbookLimit.cellTooLong", ("max", limits.MaxCellChars.ToString("N0", CultureInfo.CurrentCulture))), sheet, rowNumber, column);
                        }
                        buffer.Add((column, c));
                    }
                    break;
                }
            }
        }
        if (current is { } last) yield return new RawRow(last, currentHidden, RowCells.From(buffer));
    }

    /// <summary>One string for equal short texts; long texts (a guide's paragraph) are seldom repeated and stay as read.</summary>
    private static string Pooled(Dictionary<string, string> pool, string text)
    {
        if (text.Length > 200) return text;
        if (pool.Count >= 100_000) pool.Clear(); // streamed rows let go of their texts: the pool must not keep them all
        if (pool.TryGetValue(text, out var known)) return known;
        pool[text] = text;
        return text;
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// The v text, the inline string (all t under is, skipping phonetic rPh) and whether a formula (f)
    /// is there, of the cell the reader is on. Text beyond <paramref name="maxChars"/> is not gathered further.
    /// </summary>
    private static (string? Value, string? Inline, bool Formula) CellContent(XmlReader xml, int maxChars)
    {
        if (xml.IsEmptyElement) return (null, null, false);
        string? value = null;
        StringBuilder? inline = null;
        var formula = false;
        var depth = xml.Depth;
        var inPhonetic = 0;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                if (xml.LocalName == "rPh") inPhonetic--;
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "rPh" when !xml.IsEmptyElement:
                    inPhonetic++;
                    break;
                case "f":
                    formula = true;
                    break;
                case "v":
                    value = xml.ReadElementContentAsString();
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth <= depth) return (value, inline?.ToString(), formula);
                    break;
                case "t" when inPhonetic == 0:
                    inline ??= new StringBuilder();
                    if (inline.Length <= maxChars) inline.Append(xml.ReadElementContentAsString());
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth <= depth) return (value, inline.ToString(), formula);
                    break;
            }
        }
        return (value, inline?.ToString(), formula);
    }

    private static int ColumnOf(string reference)
    {
        var n = 0;
        foreach (var ch in reference)
        {
            var c = char.ToUpperInvariant(ch);
            if (c is < 'A' or > 'Z') break;
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }
}

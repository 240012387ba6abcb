using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CatalogTools.Excel.Import;

/// <summary>
/// Reads every sheet of an .xlsx with the Open XML SDK's SAX reader: shared strings (with rich
/// text runs), inline strings, formula results, booleans, numbers; hidden rows and sheets are
/// marked, not dropped. Works the same for files saved by Excel, WPS and LibreOffice.
/// </summary>
public static class WorkbookReader
{
    public static RawWorkbook Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var shared = SharedStrings(workbookPart);
        var sheets = new List<RawSheet>();
        foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part) continue;
            var hidden = sheet.State is not null && sheet.State.Value != SheetStateValues.Visible;
            sheets.Add(new RawSheet(sheet.Name?.Value ?? "", hidden, ReadRows(part, shared)));
        }
        return new RawWorkbook(sheets);
    }

    private static List<string> SharedStrings(WorkbookPart workbookPart)
    {
        var list = new List<string>();
        var part = workbookPart.SharedStringTablePart;
        if (part is null) return list;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                list.Add(TextOf(item));
            }
        }
        return list;
    }

    /// <summary>Text of a string item: its t, or its runs' t; phonetic runs (rPh) are not text.</summary>
    private static string TextOf(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } t) return t.Text;
        var sb = new StringBuilder();
        foreach (var run in item.Elements<Run>())
        {
            if (run.Text is { } rt) sb.Append(rt.Text);
        }
        return sb.ToString();
    }

    /// <summary>Rows of a worksheet, read with a plain XmlReader: the fastest way through 10^5 rows.</summary>
    private static List<RawRow> ReadRows(WorksheetPart part, List<string> shared)
    {
        var rows = new List<RawRow>();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        var nextRow = 1;
        RawRow? row = null;
        var nextColumn = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main) continue;
            switch (xml.LocalName)
            {
                case "row":
                {
                    var number = int.TryParse(xml.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : nextRow;
                    nextRow = number + 1;
                    nextColumn = 0;
                    var hidden = xml.GetAttribute("hidden") is "1" or "true";
                    // Rows of a sheet hold about as many cells as the row before: size for that, not for growth.
                    row = new RawRow(number, hidden, new Dictionary<int, RawCell>(row?.Cells.Count ?? 0));
                    rows.Add(row);
                    break;
                }
                case "c" when row is not null:
                {
                    var reference = xml.GetAttribute("r");
                    var column = reference is null ? nextColumn : ColumnOf(reference);
                    nextColumn = column + 1;
                    var type = xml.GetAttribute("t");
                    var (value, inline) = CellContent(xml);
                    RawCell? cell = type switch
                    {
                        "s" => value is not null && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? new RawCell(shared[i], false) : null,
                        "inlineStr" => inline is null ? null : new RawCell(inline, false),
                        "b" => value is null ? null : new RawCell(value == "1" ? "TRUE" : "FALSE", false),
                        "str" or "e" or "d" => value is null ? null : new RawCell(value, false),
                        _ => value is null ? null : new RawCell(value, true),
                    };
                    if (cell is { } c) row.Cells[column] = c;
                    break;
                }
            }
        }
        return rows;
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The v text and the inline string (all t under is, skipping phonetic rPh) of the cell the reader is on.</summary>
    private static (string? Value, string? Inline) CellContent(XmlReader xml)
    {
        if (xml.IsEmptyElement) return (null, null);
        string? value = null;
        StringBuilder? inline = null;
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
                case "v":
                    value = xml.ReadElementContentAsString();
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth <= depth) return (value, inline?.ToString());
                    break;
                case "t" when inPhonetic == 0:
                    (inline ??= new StringBuilder()).Append(xml.ReadElementContentAsString());
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth <= depth) return (value, inline.ToString());
                    break;
            }
        }
        return (value, inline?.ToString());
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

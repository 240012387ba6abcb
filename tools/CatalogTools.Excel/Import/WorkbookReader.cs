using System.Globalization;
using System.Text;
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

    private static List<RawRow> ReadRows(WorksheetPart part, List<string> shared)
    {
        var rows = new List<RawRow>();
        using var reader = OpenXmlReader.Create(part);
        var nextRow = 1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } r ? (int)r : nextRow;
            nextRow = number + 1;
            var cells = new Dictionary<int, RawCell>();
            var nextColumn = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : nextColumn;
                nextColumn = column + 1;
                var raw = Value(cell, shared);
                if (raw is { } value) cells[column] = value;
            }
            rows.Add(new RawRow(number, row.Hidden?.Value == true, cells));
        }
        return rows;
    }

    private static RawCell? Value(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        var v = cell.CellValue?.Text;
        if (type == CellValues.SharedString)
        {
            return v is not null && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? new RawCell(shared[i], false) : null;
        }
        if (type == CellValues.InlineString) return cell.InlineString is { } inline ? new RawCell(TextOf(inline), false) : null;
        if (v is null) return null;
        if (type == CellValues.Boolean) return new RawCell(v == "1" ? "TRUE" : "FALSE", false);
        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date) return new RawCell(v, false);
        return new RawCell(v, true);
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

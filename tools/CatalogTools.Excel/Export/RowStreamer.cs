using System.Globalization;
using System.IO.Compression;
using CatalogTools.Core.Spreadsheets;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CatalogTools.Excel.Export;

/// <summary>
/// Streams the bulk rows into the ClosedXML template with the Open XML SDK's SAX writer (OpenXmlWriter), so a
/// province of 10^5 items is written in seconds and in little memory. Each sheet's header row is
/// copied from the template; its style row (row 2) gives every streamed cell its style.
/// </summary>
public static class RowStreamer
{
    public sealed record SheetRows(IEnumerable<CellData[]> Rows, bool HasHeader);

    /// <summary>
    /// Copies the template package entry by entry into <paramref name="output"/> (a zip written
    /// front to back, never held in memory), streaming the rows into the sheets named in
    /// <paramref name="content"/>.
    /// </summary>
    public static void Fill(MemoryStream template, Stream output, IReadOnlyDictionary<string, SheetRows> content)
    {
        var targets = new Dictionary<string, SheetRows>(StringComparer.Ordinal);
        using (var document = SpreadsheetDocument.Open(template, false))
        {
            var workbookPart = document.WorkbookPart!;
            foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
            {
                if (!content.TryGetValue(sheet.Name!.Value!, out var rows)) continue;
                var part = workbookPart.GetPartById(sheet.Id!.Value!);
                targets[part.Uri.OriginalString.TrimStart('/')] = rows;
            }
        }
        template.Position = 0;
        using var source = new ZipArchive(template, ZipArchiveMode.Read, leaveOpen: true);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            using var to = copy.Open();
            using var from = entry.Open();
            if (targets.TryGetValue(entry.FullName, out var rows)) Rewrite(from, to, rows);
            else if (entry.FullName == PrintTitles.WorkbookPart) PrintTitles.MakeAbsolute(from, to);
            else from.CopyTo(to);
        }
    }

    private static void Rewrite(Stream from, Stream to, SheetRows content)
    {
        using var reader = new TypedOpenXmlPartReader(from);
        using var writer = OpenXmlWriter.Create(to);
        writer.WriteStartDocument(true);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Worksheet)) break;
        }
        writer.WriteStartElement(new Worksheet(), reader.Attributes, reader.NamespaceDeclarations);
        if (!reader.ReadFirstChild()) throw new InvalidOperationException("empty worksheet in template");
        while (!reader.EOF)
        {
            if (reader.IsEndElement)
            {
                if (!reader.Read()) break;
                continue;
            }
            if (reader.ElementType == typeof(SheetData))
            {
                var sheetData = (SheetData)reader.LoadCurrentElement()!;
                WriteSheetData(writer, sheetData, content);
            }
            else if (reader.ElementType == typeof(SheetDimension))
            {
                reader.LoadCurrentElement(); // stale after streaming; optional, so dropped
            }
            else
            {
                writer.WriteElement(reader.LoadCurrentElement()!);
            }
        }
        writer.WriteEndElement();
    }

    private static void WriteSheetData(OpenXmlWriter writer, SheetData template, SheetRows content)
    {
        var templateRows = template.Elements<Row>().ToList();
        var styles = new Dictionary<int, uint>();
        var styleRow = templateRows.FirstOrDefault(r => r.RowIndex?.Value == FormTemplate.StyleRow);
        if (styleRow is not null)
        {
            foreach (var cell in styleRow.Elements<Cell>())
            {
                if (cell.CellReference?.Value is { } reference && cell.StyleIndex?.Value is { } style) styles[ColumnIndex(reference)] = style;
            }
        }
        writer.WriteStartElement(new SheetData());
        uint rowIndex = 1;
        if (content.HasHeader)
        {
            var header = templateRows.FirstOrDefault(r => r.RowIndex?.Value == 1);
            if (header is not null) writer.WriteElement((Row)header.CloneNode(true));
            rowIndex = 2;
        }
        var rowAttributes = new List<OpenXmlAttribute>(1);
        var cellAttributes = new List<OpenXmlAttribute>(3);
        foreach (var row in content.Rows)
        {
            rowAttributes.Clear();
            rowAttributes.Add(new OpenXmlAttribute("r", "", rowIndex.ToString(CultureInfo.InvariantCulture)));
            writer.WriteStartElement(new Row(), rowAttributes);
            for (var c = 0; c < row.Length; c++)
            {
                var data = row[c];
                styles.TryGetValue(c, out var style);
                if (data.IsEmpty && style == 0) continue;
                cellAttributes.Clear();
                cellAttributes.Add(new OpenXmlAttribute("r", "", CellName(c, rowIndex)));
                if (style != 0) cellAttributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
                if (data.Number is { } number)
                {
                    writer.WriteStartElement(new Cell(), cellAttributes);
                    writer.WriteElement(new CellValue(number.ToString("R", CultureInfo.InvariantCulture)));
                    writer.WriteEndElement();
                }
                else if (data.Text is { } text)
                {
                    cellAttributes.Add(new OpenXmlAttribute("t", "", "inlineStr"));
                    writer.WriteStartElement(new Cell(), cellAttributes);
                    var t = new Text(XmlSafe(text));
                    if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n'))) t.Space = SpaceProcessingModeValues.Preserve;
                    writer.WriteElement(new InlineString(t));
                    writer.WriteEndElement();
                }
                else
                {
                    writer.WriteStartElement(new Cell(), cellAttributes);
                    writer.WriteEndElement();
                }
            }
            writer.WriteEndElement();
            rowIndex++;
        }
        writer.WriteEndElement();
    }

    /// <summary>Characters XML 1.0 cannot hold are dropped (a YAML string may contain them escaped).</summary>
    private static string XmlSafe(string text)
    {
        foreach (var ch in text)
        {
            if (ch < ' ' && ch is not '\n' and not '\t' and not '\r') return new string(text.Where(x => x >= ' ' || x is '\n' or '\t' or '\r').ToArray());
        }
        return text;
    }

    public static string CellName(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = "";
        column++;
        while (column > 0)
        {
            var m = (column - 1) % 26;
            name = (char)('A' + m) + name;
            column = (column - m) / 26;
        }
        return name;
    }

    /// <summary>0-based column of a reference such as "AB12".</summary>
    public static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }
}

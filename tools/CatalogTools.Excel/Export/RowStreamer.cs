using System.Globalization;
using System.IO.Compression;
using CatalogTools.Core.Spreadsheets;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CatalogTools.Excel.Export;

/// <summary>
/// Streams the bulk rows into the ClosedXML template, so a province of 10^5 items is written in
/// seconds and in little memory: each worksheet part is copied from the template with its header
/// row, and the rows are written as bytes by <see cref="SheetXmlWriter"/>, each cell styled as the
/// template's style row (row 2) styles its column. Any sheet the layout adds (and the template
/// builds) is filled the same way: the engine knows sheets only by the names in the content.
/// </summary>
public static class RowStreamer
{
    /// <summary>What fills one sheet: a writer of its rows, given the first row number and returning the one after the last.</summary>
    public sealed record SheetRows(Func<SheetXmlWriter, uint, uint> WriteTo, bool HasHeader)
    {
        public SheetRows(IEnumerable<CellData[]> rows, bool hasHeader) : this((writer, first) => writer.WriteRows(rows, first), hasHeader)
        {
        }
    }

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

    private static readonly XmlWriterSettings PartSettings = new() { Encoding = new UTF8Encoding(true), CloseOutput = false, NewLineHandling = NewLineHandling.None };

    /// <summary>
    /// Copies the template's worksheet part node by node, leaving out its stale dimension and, inside
    /// sheetData, every template row but the header; the data rows go in as bytes from <see cref="SheetXmlWriter"/>.
    /// </summary>
    private static void Rewrite(Stream from, Stream to, SheetRows content)
    {
        using var reader = XmlReader.Create(from, new XmlReaderSettings { CloseInput = false, DtdProcessing = DtdProcessing.Prohibit });
        using var writer = XmlWriter.Create(to, PartSettings);
        writer.WriteStartDocument(true);
        if (reader.MoveToContent() != XmlNodeType.Element || reader.IsEmptyElement) throw new InvalidOperationException("empty worksheet in template");
        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
        writer.WriteAttributes(reader, true);
        reader.Read();
        while (!reader.EOF && reader.NodeType != XmlNodeType.EndElement)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "dimension") reader.Skip(); // stale after streaming; optional
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheetData") WriteSheetData(reader, writer, to, content);
            else writer.WriteNode(reader, true);
        }
        writer.WriteEndElement();
    }

    /// <summary>Reads the template's sheetData (header row kept, style row read for its styles) and writes the rows after the header.</summary>
    private static void WriteSheetData(XmlReader reader, XmlWriter writer, Stream to, SheetRows content)
    {
        var prefix = reader.Prefix;
        writer.WriteStartElement(prefix, reader.LocalName, reader.NamespaceURI);
        var styles = new List<uint>();
        if (reader.IsEmptyElement)
        {
            reader.Read();
        }
        else
        {
            var depth = reader.Depth;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
                {
                    reader.Read();
                    continue;
                }
                var index = reader.GetAttribute("r");
                if (content.HasHeader && index == "1")
                {
                    writer.WriteNode(reader, true);
                }
                else if (index == StyleRowIndex) ReadStyles(reader, styles);
                else reader.Skip();
            }
            reader.Read();
        }
        // The rows go straight to the part's stream: close the start tag, hand over what the XmlWriter holds, then write bytes.
        writer.WriteRaw("");
        writer.Flush();
        using (var rows = new SheetXmlWriter(to, prefix, styles)) content.WriteTo(rows, content.HasHeader ? 2u : 1u);
        writer.WriteEndElement();
    }

    private static readonly string StyleRowIndex = FormTemplate.StyleRow.ToString(CultureInfo.InvariantCulture);

    /// <summary>The style index of each cell of the style row, by column (0 where a column has none); leaves the reader after the row.</summary>
    private static void ReadStyles(XmlReader reader, List<uint> styles)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c"
                && reader.GetAttribute("r") is { } reference
                && uint.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style))
            {
                var column = ColumnIndex(reference);
                while (styles.Count <= column) styles.Add(0);
                styles[column] = style;
            }
            reader.Read();
        }
        reader.Read();
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

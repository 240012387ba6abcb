using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.VariantTypes;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// Rewrites a workbook so that it carries the traits of a file saved by WPS 表格 (Kingsoft WPS
/// Office). It IMITATES WPS; it is not a WPS save (WPS does not run on Linux CI). The traits, as
/// WPS-saved files and the tools that read them show them:
/// <list type="bullet">
/// <item>docProps/app.xml names the application "WPS 表格"; docProps/custom.xml carries the custom
/// properties KSOProductBuildVer (language-version, e.g. 2052-12.1.0.16120) and ICV;</item>
/// <item>every text cell is a shared string (WPS writes no inline strings), some split into rich-text runs;</item>
/// <item>the workbook has an xl/cellimages.xml part (root etc:cellImages in WPS's
/// http://www.wps.cn/officeDocument/2017/etCustomData namespace, related by the
/// http://www.wps.cn/officeDocument/2020/cellImage relationship) and the worksheets declare that
/// namespace and carry etc: attributes;</item>
/// <item>dates are serial numbers styled with WPS's Chinese date format yyyy"年"m"月"d"日".</item>
/// </list>
/// </summary>
public static class WpsLike
{
    public const string EtcNamespace = "http://www.wps.cn/officeDocument/2017/etCustomData";
    private const string CellImageRelationship = "http://www.wps.cn/officeDocument/2020/cellImage";
    private const string CellImageContentType = "application/vnd.wps-officedocument.cellimage+xml";
    private const string ChineseDate = "yyyy\"年\"m\"月\"d\"日\"";

    /// <summary>A date written into a cell the WPS way: serial number with the Chinese date style.</summary>
    public sealed record DateCell(string Sheet, string Code, string Header, DateOnly Date);

    public static void Resave(string path, params DateCell[] dates)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        WriteProperties(document);
        var workbook = document.WorkbookPart!;
        var strings = SharedStrings(workbook);
        var dateStyle = AddDateStyle(workbook);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var worksheet = part.Worksheet;
            worksheet.AddNamespaceDeclaration("etc", EtcNamespace);
            worksheet.SetAttribute(new OpenXmlAttribute("etc", "filterBottomFollowUsedRange", EtcNamespace, "0"));
            foreach (var date in dates.Where(d => d.Sheet == sheet.Name))
            {
                WriteDate(worksheet, strings, date, dateStyle);
            }
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                if (cell.DataType?.Value != CellValues.InlineString) continue;
                var text = cell.InlineString?.InnerText ?? "";
                cell.InlineString = null;
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(Share(strings, text));
            }
            worksheet.Save();
        }
        WriteSharedStrings(workbook, strings);
        AddCellImages(workbook);
    }

    private static void WriteProperties(SpreadsheetDocument document)
    {
        var app = document.ExtendedFilePropertiesPart ?? document.AddExtendedFilePropertiesPart();
        app.Properties = new Ap.Properties(new Ap.Application("WPS 表格"), new Ap.DocumentSecurity("0"), new Ap.ScaleCrop("false"));
        app.Properties.Save();
        var custom = document.CustomFilePropertiesPart ?? document.AddCustomFilePropertiesPart();
        custom.Properties = new Properties(
            new CustomDocumentProperty(new VTLPWSTR("2052-12.1.0.16120")) { FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", PropertyId = 2, Name = "KSOProductBuildVer" },
            new CustomDocumentProperty(new VTLPWSTR("5C1B8F2A7E3D4A6B9C0D1E2F3A4B5C6D_13")) { FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", PropertyId = 3, Name = "ICV" });
        custom.Properties.Save();
    }

    /// <summary>The strings already shared (ClosedXML writes the header rows that way), to which the inline ones are added.</summary>
    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart?.SharedStringTable is { } table)
        {
            list.AddRange(table.Elements<SharedStringItem>().Select(i => i.InnerText));
        }
        return list;
    }

    private static int Share(List<string> strings, string text)
    {
        var at = strings.IndexOf(text);
        if (at >= 0) return at;
        strings.Add(text);
        return strings.Count - 1;
    }

    private static void WriteSharedStrings(WorkbookPart workbook, List<string> strings)
    {
        var part = workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>();
        var table = new SharedStringTable { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count };
        foreach (var text in strings)
        {
            // WPS splits a string into runs where its font changes: one of them is written that way.
            if (text.Length > 8 && text.Contains("中心", StringComparison.Ordinal))
            {
                var at = text.IndexOf("中心", StringComparison.Ordinal);
                table.Append(new SharedStringItem(
                    new Run(new RunProperties(new RunFont { Val = "宋体" }, new FontSize { Val = 11 }), new Text(text[..at]) { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new RunProperties(new Bold(), new RunFont { Val = "宋体" }, new FontSize { Val = 11 }), new Text(text[at..]) { Space = SpaceProcessingModeValues.Preserve })));
            }
            else
            {
                table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
        }
        part.SharedStringTable = table;
        table.Save();
    }

    private static uint AddDateStyle(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.NumberingFormats ??= new NumberingFormats();
        const uint formatId = 176;
        formats.Append(new NumberingFormat { NumberFormatId = formatId, FormatCode = ChineseDate });
        formats.Count = (uint)formats.ChildElements.Count;
        var cellFormats = stylesheet.CellFormats!;
        cellFormats.Append(new CellFormat { NumberFormatId = formatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        stylesheet.Save();
        return cellFormats.Count.Value - 1;
    }

    private static void WriteDate(Worksheet worksheet, List<string> strings, DateCell date, uint style)
    {
        var rows = worksheet.Descendants<Row>().ToList();
        var header = rows.First();
        var column = header.Elements<Cell>().First(c => Text(c, strings) == date.Header).CellReference!.Value!.TrimEnd("0123456789".ToCharArray());
        var row = rows.First(r => r.Elements<Cell>().FirstOrDefault() is { } first && Text(first, strings) == date.Code);
        var reference = column + row.RowIndex!.Value;
        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(Pad(c.CellReference!.Value!), Pad(reference)) < 0);
            if (after is null) row.PrependChild(cell);
            else after.InsertAfterSelf(cell);
        }
        cell.DataType = null;
        cell.InlineString = null;
        cell.StyleIndex = style;
        cell.CellValue = new CellValue(date.Date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Pad(string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsLetter).ToArray());
        return letters.PadLeft(3, ' ') + reference[letters.Length..].PadLeft(8, '0');
    }

    private static string Text(Cell cell, List<string> strings) => cell.DataType?.Value switch
    {
        CellValues.InlineString => cell.InlineString?.InnerText ?? "",
        CellValues.SharedString => int.TryParse(cell.CellValue?.Text, out var i) && i < strings.Count ? strings[i] : "",
        _ => cell.CellValue?.Text ?? "",
    };

    private static void AddCellImages(WorkbookPart workbook)
    {
        var part = workbook.AddExtendedPart(CellImageRelationship, CellImageContentType, ".xml");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = new StreamWriter(stream);
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
            $"<etc:cellImages xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:etc=\"{EtcNamespace}\"/>");
    }
}

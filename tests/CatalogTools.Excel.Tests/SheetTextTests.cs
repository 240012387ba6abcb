using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using CatalogTools.Excel.Export;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// Catalog text reaches the cells exactly as data (the rows are written as bytes by SheetXmlWriter):
/// markup characters escaped, line breaks and a carriage return kept, edge spaces preserved, and the
/// characters XML cannot hold left out instead of breaking the workbook.
/// </summary>
public sealed class SheetTextTests
{
    private const string File = "implementations/230000/XK00502001-230000-11230000071613613K.yaml";
    private const string Code = "XK00502001-230000-11230000071613613K";

    [Fact]
    public void MarkupLineBreaksAndEdgeSpacesReachTheCellAsWritten()
    {
        using var catalog = TempCatalog.CopyOfSample();
        catalog.Replace(File, "address: 黑龙江省哈尔滨市南岗区中山路181号黑龙江省政务服务中心交通运输窗口",
            "address: \" 中山路 <181> 号 & \\\"窗口\\\"\\r\\n二楼 \"");
        var workbook = Forms.Export(catalog);
        string reference;
        using (var wb = new XLWorkbook(workbook))
        {
            var items = wb.Worksheet("事项目录");
            reference = RowStreamer.ColumnName(Forms.Column(items, "办理地点") - 1) + Forms.Row(items, Code).RowNumber();
        }
        // Read with a plain XML parser: ClosedXML turns a carriage return into nothing when it reads.
        Assert.Equal(" 中山路 <181> 号 & \"窗口\"\r\n二楼 ", CellText(workbook, "xl/worksheets/sheet1.xml", reference));
    }

    private static string CellText(string workbook, string part, string reference)
    {
        using var zip = ZipFile.OpenRead(workbook);
        using var stream = zip.GetEntry(part)!.Open();
        var sheet = XDocument.Load(stream, System.Xml.Linq.LoadOptions.PreserveWhitespace);
        var cell = sheet.Descendants().Single(e => e.Name.LocalName == "c" && (string?)e.Attribute("r") == reference);
        return string.Concat(cell.Descendants().Where(e => e.Name.LocalName == "t").Select(t => t.Value));
    }

    [Fact]
    public void CharactersXmlCannotHoldAreLeftOutAndTheWorkbookStillOpens()
    {
        using var catalog = TempCatalog.CopyOfSample();
        catalog.Replace(File, "address: 黑龙江省哈尔滨市南岗区中山路181号黑龙江省政务服务中心交通运输窗口", "address: \"中山路\\a181号\\u001F窗口\"");
        var workbook = Forms.Export(catalog);
        using var wb = new XLWorkbook(workbook);
        var items = wb.Worksheet("事项目录");
        Assert.Equal("中山路181号窗口", Forms.Row(items, Code).Cell(Forms.Column(items, "办理地点")).GetString());
        Assert.Equal(276, items.RowsUsed().Count()); // every item still there, after the header
    }
}

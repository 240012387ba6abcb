using ClosedXML.Excel;
using CatalogTools.Tests.Shared;
using UglyToad.PdfPig;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// The forms print and guide: the exported sample, printed to PDF by LibreOffice, is A4 with every
/// column on one page width and the header row on every page; names stand beside codes; the keys of
/// 事项目录 are locked; cells prompt what to write.
/// </summary>
public sealed class PrintTests
{
    /// <summary>The last column of each data sheet: a page that lacks it has lost columns to another page.</summary>
    private static readonly string[] LastHeaders = ["停用日期", "条款", "免提交", "责任岗位", "依据条款", "实施主体名称（只读）", "可告知承诺"];

    [Fact]
    public async Task TheSampleWorkbookPrintsOnA4WithEveryColumnAndTheHeaderOnEveryPage()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        var pdf = await Office.ConvertAsync(workbook, "pdf", Path.Combine(catalog.Root, "pdf"));

        using var document = PdfDocument.Open(pdf);
        var landscape = 0;
        var portrait = 0;
        foreach (var page in document.GetPages())
        {
            var (w, h) = (page.Width, page.Height);
            var text = string.Concat(page.Text.Where(c => !char.IsWhiteSpace(c)));
            Assert.True(Near(Math.Min(w, h), 595) && Near(Math.Max(w, h), 842), $"page {page.Number} is {w}×{h} pt, not A4");
            if (w > h)
            {
                landscape++;
                Assert.True(text.Contains("事项编码", StringComparison.Ordinal) || text.Contains("一件事编码", StringComparison.Ordinal), $"page {page.Number} lacks the repeated header row: {Start(text)}");
                Assert.True(LastHeaders.Any(h => text.Contains(h, StringComparison.Ordinal)), $"page {page.Number} lacks its sheet's last column: {Start(text)}");
            }
            else
            {
                portrait++;
                Assert.True(text.Contains("怎么填", StringComparison.Ordinal), $"填表说明 page {page.Number} lacks its repeated header row: {Start(text)}");
            }
        }
        Assert.True(landscape >= 8, $"{landscape} landscape pages: every data sheet prints landscape");
        // The 一件事 sheet prints readably: its page holds the bundle's row whole (name, limit, phone) under its header.
        var bundlePage = document.GetPages().Where(p => p.Width > p.Height).Select(p => string.Concat(p.Text.Where(c => !char.IsWhiteSpace(c))))
            .Single(t => t.Contains("一件事编码", StringComparison.Ordinal) && t.Contains("牵头部门代码", StringComparison.Ordinal));
        foreach (var cell in new[] { "YJS230123001", "新生儿出生“一件事”", "1123012309123934XA", "0451-54300843", "ylgajzwfw@harbin.gov.cn" })
        {
            Assert.True(bundlePage.Contains(cell, StringComparison.Ordinal), $"the 一件事 page lacks {cell}: {Start(bundlePage)}");
        }
        Assert.True(portrait is >= 1 and <= 6, $"填表说明 prints on {portrait} portrait pages");
        Assert.True(document.NumberOfPages <= 40, $"{document.NumberOfPages} pages for the sample (98 Letter pages before)");
    }

    [Fact]
    public void SheetsFreezeTheCodeAndNameAndPrintA4Landscape()
    {
        using var catalog = TempCatalog.CopyOfSample();
        using var wb = new XLWorkbook(Forms.Export(catalog));
        foreach (var name in new[] { "事项目录", "办事指南", "申请材料", "办理环节", "收费" })
        {
            var ws = wb.Worksheet(name);
            Assert.Equal((1, 2), (ws.SheetView.SplitRow, ws.SheetView.SplitColumn));
            Assert.Equal("事项名称（只读）", ws.Cell(1, 2).GetString());
            Assert.Equal(XLPaperSize.A4Paper, ws.PageSetup.PaperSize);
            Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
            Assert.Equal((1, 0), (ws.PageSetup.PagesWide, ws.PageSetup.PagesTall));
            Assert.Equal((1, 1), (ws.PageSetup.FirstRowToRepeatAtTop, ws.PageSetup.LastRowToRepeatAtTop));
        }
        Assert.Equal(XLPageOrientation.Portrait, wb.Worksheet("填表说明").PageSetup.PageOrientation);
    }

    [Fact]
    public void ImplementationRowsShowTheInheritedItemNameAndTheAgencyName()
    {
        using var catalog = TempCatalog.CopyOfSample();
        using var wb = new XLWorkbook(Forms.Export(catalog));
        var items = wb.Worksheet("事项目录");
        var row = Forms.Row(items, "CJ00101001-230123-112301230696413329");
        Assert.Equal("", row.Cell(Forms.Column(items, "事项名称")).GetString()); // inherited: not in the file
        var standardName = Forms.Row(items, "CJ00101001").Cell(Forms.Column(items, "事项名称")).GetString();
        Assert.NotEqual("", standardName);
        Assert.Equal(standardName, row.Cell(Forms.Column(items, "事项名称（只读）")).GetString());
        var agencies = catalog.Read("registries/agencies.yaml");
        var agencyName = row.Cell(Forms.Column(items, "实施主体名称（只读）")).GetString();
        Assert.Contains("  - code: 112301230696413329\n    name: " + agencyName + "\n", agencies.Replace("\"", ""));
        var materials = wb.Worksheet("申请材料");
        Assert.Equal(standardName, Forms.Row(materials, "CJ00101001").Cell(2).GetString());
    }

    [Fact]
    public void TheKeysOfExportedItemsAreLockedAndInputCellsAreNot()
    {
        using var catalog = TempCatalog.CopyOfSample();
        using var wb = new XLWorkbook(Forms.Export(catalog));
        var items = wb.Worksheet("事项目录");
        Assert.True(items.IsProtected);
        var row = Forms.Row(items, "CJ00101001-230123-112301230696413329");
        foreach (var key in new[] { "事项编码", "类别", "基本编码", "区划代码", "实施主体代码", "事项名称（只读）" })
        {
            Assert.True(row.Cell(Forms.Column(items, key)).Style.Protection.Locked, key + " should be locked");
        }
        Assert.False(row.Cell(Forms.Column(items, "承诺时限")).Style.Protection.Locked);
        var below = items.LastRowUsed()!.RowNumber() + 5;
        Assert.False(items.Cell(below, 1).Style.Protection.Locked); // a new item's code can be typed
        Assert.False(wb.Worksheet("申请材料").IsProtected); // a material is deleted by deleting its row
    }

    [Fact]
    public void InputCellsPromptWhatToWriteAndNumbersAreCheckedByExcel()
    {
        using var catalog = TempCatalog.CopyOfSample();
        using var wb = new XLWorkbook(Forms.Export(catalog));
        var materials = wb.Worksheet("申请材料");
        var copies = materials.Cell(3, Forms.Column(materials, "份数"));
        Assert.True(copies.HasDataValidation);
        var validation = copies.DataValidation;
        Assert.True(validation.ShowInputMessage);
        Assert.Contains("如 2", validation.InputMessage);
        Assert.Equal(XLAllowedValues.WholeNumber, validation.AllowedValues);
        var form = materials.Cell(3, Forms.Column(materials, "材料形式")).DataValidation;
        Assert.Equal(XLAllowedValues.List, form.AllowedValues);
        Assert.Contains("原件", form.InputMessage);
    }

    [Fact]
    public void DisplayColumnsAreNeverImported()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var items = wb.Worksheet("事项目录");
            Forms.Row(items, "CJ00101001").Cell(Forms.Column(items, "事项名称（只读）")).Value = "随手改的名称";
            wb.Worksheet("申请材料").Column(2).Delete(); // a workbook without the display column (as exported before it)
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    private static bool Near(double value, double expected) => Math.Abs(value - expected) < 3;

    private static string Start(string text) => text.Length > 120 ? text[..120] : text;
}

using ClosedXML.Excel;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>The service modes in the forms (issue 15 point 2): 帮办代办, 中介服务 and the 网上可办 exemption on 事项目录, 可告知承诺 on 申请材料.</summary>
public sealed class ServiceModeFormsTests
{
    private const string Implementation = "QR00101001-230125-11230125052399340C";

    [Fact]
    public void TheSampleServiceModesAreInTheirColumns()
    {
        using var catalog = TempCatalog.CopyOfSample();
        using var wb = new XLWorkbook(Forms.Export(catalog));
        var items = wb.Worksheet("事项目录");
        Assert.Equal("是", Forms.Row(items, Implementation).Cell(Forms.Column(items, "帮办代办")).GetString());
        Assert.Equal("0451-53891526", Forms.Row(items, Implementation).Cell(Forms.Column(items, "帮办代办电话")).GetString());
        Assert.Equal("ZJ0001", Forms.Row(items, "XK00301001").Cell(Forms.Column(items, "中介服务")).GetString());
        Assert.Equal("法律另有规定", Forms.Row(items, "QR00101001").Cell(Forms.Column(items, "网上办理例外")).GetString());
        Assert.Equal("中华人民共和国居民身份证法", Forms.Row(items, "QR00101001").Cell(Forms.Column(items, "例外依据")).GetString());
        Assert.Equal("第三条", Forms.Row(items, "QR00101001").Cell(Forms.Column(items, "例外依据条款")).GetString());
        var materials = wb.Worksheet("申请材料");
        Assert.Equal("是", Forms.Row(materials, "XK00301001", "材料名称", "使用土地的有关证明文件").Cell(Forms.Column(materials, "可告知承诺")).GetString());
    }

    [Fact]
    public void DecliningAssistanceInTheFormChangesOneLineAndDropsTheHotline()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var sheet = wb.Worksheet("事项目录");
            var row = Forms.Row(sheet, Implementation);
            row.Cell(Forms.Column(sheet, "帮办代办")).Value = "否";
            row.Cell(Forms.Column(sheet, "帮办代办电话")).Value = "";
        });
        var outcome = Forms.Import(catalog, workbook);
        // Declining is allowed, but CAT0081 warns that 帮办代办 should cover every item.
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Equal(
            $"""
            *** implementations/230125/{Implementation}.yaml
            -  offered: true
            -  hotline: 0451-53891526
            +  offered: false
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void MarkingAMaterialForCommitmentInTheFormWritesTheFlag()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var sheet = wb.Worksheet("申请材料");
            Forms.Row(sheet, "XK00301001", "材料名称", "建设工程设计方案总平面图").Cell(Forms.Column(sheet, "可告知承诺")).Value = "是";
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Equal(
            """
            *** standards/XK00301001.yaml
            +    commitment: true
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void CommitmentConditionsAreGuideRowsAndAnAddedOneIsWritten()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        using (var wb = new XLWorkbook(workbook))
        {
            // The same sentence is a 受理条件 too; its 可告知承诺的条件 row is its own.
            var guide = wb.Worksheet("办事指南");
            var row = CommitmentRow(guide);
            Assert.Equal("已取得建设项目用地相关手续", row.Cell(Forms.Column(guide, "内容")).GetString());
        }
        Forms.Edit(workbook, wb =>
        {
            var guide = wb.Worksheet("办事指南");
            var next = guide.LastRowUsed()!.RowNumber() + 1;
            guide.Cell(next, Forms.Column(guide, "事项编码")).Value = "XK00301001";
            guide.Cell(next, Forms.Column(guide, "要素")).Value = "可告知承诺的条件";
            guide.Cell(next, Forms.Column(guide, "内容")).Value = "建设项目符合控制性详细规划和规划条件";
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Equal(
            """
            *** standards/XK00301001.yaml
            +  - 建设项目符合控制性详细规划和规划条件
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void AnUnknownGuideElementIsACellDiagnosticThatNamesTheCommitmentConditions()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var guide = wb.Worksheet("办事指南");
            CommitmentRow(guide).Cell(Forms.Column(guide, "要素")).Value = "承诺条件";
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.Equal(1, outcome.ExitCode);
        Assert.True(outcome.Out.Contains("错误 CAT0159 [XK00301001] 『要素』的内容『承诺条件』", StringComparison.Ordinal), outcome.Out);
        Assert.True(outcome.Out.Contains("办事指南!C", StringComparison.Ordinal), outcome.Out);
        Assert.Contains("设定依据、受理条件、可告知承诺的条件或注意事项", outcome.Out);
    }

    private static IXLRow CommitmentRow(IXLWorksheet guide) => guide.RowsUsed().Single(r =>
        r.Cell(Forms.Column(guide, "事项编码")).GetString() == "XK00301001" && r.Cell(Forms.Column(guide, "要素")).GetString() == "可告知承诺的条件");
}

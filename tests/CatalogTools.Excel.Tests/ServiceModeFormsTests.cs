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
}

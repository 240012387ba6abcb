using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>The Excel-words diagnostics on workbooks saved by other programs: openpyxl, and LibreOffice after it.</summary>
public sealed class RealEditorTests
{
    [Fact]
    public void AHeaderRenamedWithOpenpyxlIsExactlyOneError()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        OpenPyxl.Edit(workbook, """
            ws = wb["事项目录"]
            ws.cell(row=1, column=column(ws, "承诺时限")).value = "承诺期限"
            """);
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Single(outcome.Out.Split('\n'), l => l.Contains("  错误 CAT", StringComparison.Ordinal));
        Assert.Contains("CAT0170 工作表『事项目录』的表头『承诺期限』无法识别，且缺少列『承诺时限』", outcome.Out);
    }

    [Fact]
    public async Task AWrongNumberAndAWrongDropDownValueAreBothReportedFromOpenpyxlAndFromLibreOffice()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        OpenPyxl.Edit(workbook, """
            ws = wb["申请材料"]
            ws.cell(row=find(ws, "CJ00101001", "材料名称", "权属证据材料"), column=column(ws, "份数")).value = "两份"
            ws.cell(row=find(ws, "CJ00101001", "材料名称", "林木林地权属争议处理申请书"), column=column(ws, "材料形式")).value = "扫描件"
            """);
        var saved = await Office.ConvertAsync(workbook, "xlsx", Path.Combine(catalog.Root, "libreoffice"));
        foreach (var file in new[] { workbook, saved })
        {
            var outcome = Forms.Import(catalog, file, "--dry-run");
            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("CAT0159 [CJ00101001] 『份数』的内容『两份』不是整数", outcome.Out);
            Assert.Contains("CAT0159 [CJ00101001] 『材料形式』的内容『扫描件』不是下拉列表中的一项", outcome.Out);
            foreach (var word in new[] { ".schema.json", "VS Code", "materials[", "CAT0004" }) Assert.DoesNotContain(word, outcome.Out);
        }
    }

    [Fact]
    public void ARuleFindingOnAnOpenpyxlEditPointsAtTheEditedCell()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        OpenPyxl.Edit(workbook, """
            ws = wb["事项目录"]
            r = find(ws, "XK00301001-230100-11230100003804469P", "事项编码", "XK00301001-230100-11230100003804469P")
            c = column(ws, "承诺时限")
            ws.cell(row=r, column=c).value = 999
            print(r, c)
            """);
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.Out.Split('\n'), l => l.Contains("  错误 CAT", StringComparison.Ordinal));
        Assert.StartsWith("  事项目录!" + Letter(catalog, "承诺时限"), line);
    }

    private static string Letter(TempCatalog catalog, string header)
    {
        using var wb = new ClosedXML.Excel.XLWorkbook(Forms.Export(catalog));
        return CatalogTools.Excel.Export.RowStreamer.ColumnName(Forms.Column(wb.Worksheet("事项目录"), header) - 1);
    }
}

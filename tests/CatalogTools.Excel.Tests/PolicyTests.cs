using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>policy.yaml's severities reach the workbook rules (CAT0150–CAT0199) as they reach check's rules.</summary>
public sealed class PolicyTests
{
    private const string Code = "GG00101001-230125-11230125010320163G";
    private const string File = "implementations/230125/" + Code + ".yaml";

    [Fact]
    public void A_workbook_rule_set_to_warning_lets_the_import_through_and_off_silences_it()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("申请材料");
            materials.Cell(1, materials.LastColumnUsed()!.ColumnNumber() + 1).Value = "备注";
            var items = wb.Worksheet("事项目录");
            Forms.Row(items, Code).Cell(Forms.Column(items, "办理地点")).Value = "宾县政务服务中心二楼综合窗口";
        });
        var before = catalog.Read(File);

        var strict = Forms.Import(catalog, workbook);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("错误 CAT0151", strict.Out);
        Assert.Equal(before, catalog.Read(File));

        catalog.Replace("policy.yaml", "severity: {}\n", "severity:\n  CAT0151: warning\n");
        var warned = Forms.Import(catalog, workbook, "--dry-run");
        Assert.True(warned.ExitCode == 0, warned.Out + warned.Error);
        Assert.Contains("警告 CAT0151", warned.Out);
        Assert.Contains(File, warned.Out);

        catalog.Replace("policy.yaml", "  CAT0151: warning\n", "  CAT0151: off\n");
        var off = Forms.Import(catalog, workbook);
        Assert.True(off.ExitCode == 0, off.Out + off.Error);
        Assert.DoesNotContain("CAT0151", off.Out);
        Assert.Contains("宾县政务服务中心二楼综合窗口", catalog.Read(File));
    }
}

using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>Edits made in the workbook become exactly those edits in YAML.</summary>
public sealed class EditTests
{
    [Fact]
    public void RemovingAMaterialRowRemovesExactlyThatMaterial()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Forms.InheritStandardMaterials(catalog);
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb => Forms.Row(wb.Worksheet("申请材料"), "CJ00101001", "材料名称", "权属证据材料").Delete());

        var dry = Forms.Import(catalog, workbook, "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Out + dry.Error);
        Assert.Contains("修改 standards/CJ00101001.yaml [CJ00101001]", dry.Out);
        Assert.Contains("申请材料：删除『权属证据材料』", dry.Out);
        Assert.Contains("将写入 1 个文件（未写入）", dry.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));

        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Equal(
            """
            *** standards/CJ00101001.yaml
            -  - name: 权属证据材料
            -    form: 复印件
            -    copies: 1
            -    required: true
            -    seal: true
            -    source: 申请人自备
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void ShorteningAPromisedLimitChangesOneLine()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var sheet = wb.Worksheet("事项目录");
            // 建设工程规划许可's step limits add up to 4 days, so the promise may come down to 4 (CAT0047).
            Forms.Row(sheet, "XK00301001-230100-11230100003804469P").Cell(Forms.Column(sheet, "承诺时限")).Value = 4;
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("承诺办结时限：5 个工作日 → 4 个工作日", outcome.Out);
        Assert.Equal(
            """
            *** implementations/230100/XK00301001-230100-11230100003804469P.yaml
            -  days: 5
            +  days: 4
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void AddingAnItemRowWritesANewCanonicalFile()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        const string source = "XK00301001-230100-11230100003804469P";
        const string added = "XK00801001-230100-11230100003804469P";
        Forms.Edit(workbook, wb =>
        {
            var sheet = wb.Worksheet("事项目录");
            var from = Forms.Row(sheet, source);
            var last = sheet.LastRowUsed()!.RowNumber() + 1;
            from.CopyTo(sheet.Row(last));
            sheet.Cell(last, 1).Value = added;
            sheet.Cell(last, Forms.Column(sheet, "基本编码")).Value = "XK00801001";
            // 二级及以下医疗机构设置审批's steps take 8 days: the new office promises 8 (CAT0047).
            sheet.Cell(last, Forms.Column(sheet, "承诺时限")).Value = 8;
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains($"新增 implementations/230100/{added}.yaml", outcome.Out);
        var diff = Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir));
        Assert.StartsWith($"+++ implementations/230100/{added}.yaml (new)", diff);
        var text = catalog.Read($"implementations/230100/{added}.yaml");
        Assert.Equal(catalog.Read($"implementations/230100/{source}.yaml")
            .Replace(source, added).Replace("standard: XK00301001", "standard: XK00801001").Replace("  days: 5\n", "  days: 8\n")
            // the source's own steps and notes live in the other sheets, not on its 事项目录 row
            .Split("\nsteps:")[0] + "\n", text);
        Assert.Equal(0, CliRun.Run("check", "--catalog", catalog.CatalogDir).ExitCode);
        Assert.Equal(0, CliRun.Run("fmt", "--check", "--catalog", catalog.CatalogDir).ExitCode);
    }

    [Fact]
    public void CommentsInAnEditedFileAreKept()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Forms.InheritStandardMaterials(catalog);
        const string file = "standards/CJ00101001.yaml";
        catalog.Replace(file, "materials:\n", "# 材料清单经 2026 年精简\nmaterials:\n");
        catalog.Replace(file, "  - name: 居民身份证\n", "  # 可用电子证照\n  - name: 居民身份证\n");
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var sheet = wb.Worksheet("申请材料");
            Forms.Row(sheet, "CJ00101001", "材料名称", "权属证据材料").Cell(Forms.Column(sheet, "份数")).Value = 2;
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("申请材料：『权属证据材料』份数=1 → 份数=2", outcome.Out);
        Assert.Equal(
            """
            *** standards/CJ00101001.yaml
            -    copies: 1
            +    copies: 2
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }
}

using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>A workbook saved by LibreOffice Calc (Debian package libreoffice-calc) imports like our own.</summary>
public sealed class LibreOfficeTests
{
    [Fact]
    public async Task AWorkbookSavedByLibreOfficeImportsExactlyItsEdit()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Forms.InheritStandardMaterials(catalog);
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb => Forms.Row(wb.Worksheet("申请材料"), "CJ00101001", "材料名称", "权属证据材料").Delete());

        var saved = await Office.ConvertAsync(workbook, "xlsx", Path.Combine(catalog.Root, "libreoffice"));
        Assert.False(File.ReadAllBytes(saved).AsSpan().SequenceEqual(File.ReadAllBytes(workbook)));

        var outcome = Forms.Import(catalog, saved);
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
}

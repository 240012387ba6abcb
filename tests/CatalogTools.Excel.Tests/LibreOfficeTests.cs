using System.Diagnostics;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>A workbook saved by LibreOffice Calc (Debian package libreoffice-calc) imports like our own.</summary>
public sealed class LibreOfficeTests
{
    [Fact]
    public async Task AWorkbookSavedByLibreOfficeImportsExactlyItsEdit()
    {
        var office = FindOffice() ?? throw new InvalidOperationException(
            "libreoffice/soffice is not on PATH: this test needs it (apt-get install -y --no-install-recommends libreoffice-calc).");
        using var catalog = TempCatalog.CopyOfSample();
        Forms.InheritStandardMaterials(catalog);
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb => Forms.Row(wb.Worksheet("申请材料"), "CJ00101001", "材料名称", "权属证据材料").Delete());

        var outDir = Path.Combine(catalog.Root, "libreoffice");
        Directory.CreateDirectory(outDir);
        var profile = Path.Combine(catalog.Root, "lo-profile");
        var start = new ProcessStartInfo(office)
        {
            ArgumentList = { "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "xlsx", "--outdir", outDir, workbook },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, await stdout + await stderr);
        }
        var saved = Path.Combine(outDir, Path.GetFileName(workbook));
        Assert.True(File.Exists(saved), "libreoffice wrote no file");
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
            -    source: 申请人自备
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    private static string? FindOffice()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "libreoffice", "soffice" })
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path)) return path;
            }
        }
        return null;
    }
}

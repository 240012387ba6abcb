using System.IO.Compression;
using CatalogTools.Caching;
using CatalogTools.Core.Loading;
using CatalogTools.Excel.Export;
using CatalogTools.Excel.Import;
using CatalogTools.Excel.Layout;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// Export keeps each item file's rows by content in .catalog-cache/export-rows.bin: a second export of
/// an unchanged catalog reads no item file and writes the same workbook, part for part; an edited
/// file is read again and its new rows are exported.
/// </summary>
public sealed class ExportCacheTests
{
    private const string Office = "implementations/230100/XK00301001-230100-11230100003804469P.yaml";

    [Fact]
    public void ASecondExportReadsNoItemFileAndWritesTheSameWorkbook()
    {
        using var catalog = CatalogOutsideTheRacyWindow();
        var location = CatalogLocation.Find(catalog.CatalogDir)!;
        var items = ItemFileCount(catalog);

        var plain = Export(location, catalog, session: null);
        var (cold, coldStats) = ExportThroughCache(location, catalog);
        var (warm, warmStats) = ExportThroughCache(location, catalog);

        Assert.Equal(items, coldStats.FilesRead);
        Assert.True(File.Exists(Path.Combine(catalog.Root, ".catalog-cache", WorkbookExporter.RowsTable + ".bin")));
        Assert.Equal(0, warmStats.FilesRead);
        Assert.Equal(Parts(plain), Parts(cold));
        Assert.Equal(Parts(plain), Parts(warm));
    }

    [Fact]
    public void AnEditedFileIsReadAgainAndItsNewRowsAreExported()
    {
        using var catalog = CatalogOutsideTheRacyWindow();
        var location = CatalogLocation.Find(catalog.CatalogDir)!;
        ExportThroughCache(location, catalog);
        catalog.Write(Office, catalog.Read(Office).Replace("\nhours: ", "\nhours: 周一至周五（缓存后修改）", StringComparison.Ordinal));

        var (edited, stats) = ExportThroughCache(location, catalog);

        Assert.Equal(1, stats.FilesRead);
        Assert.Equal(Parts(Export(location, catalog, session: null)), Parts(edited));
        Assert.Contains("周一至周五（缓存后修改）", HoursOf(edited, "XK00301001-230100-11230100003804469P"));
    }

    /// <summary>The stat index trusts only files older than its racy window (3 s): wait it out, as a user's catalog has.</summary>
    private static TempCatalog CatalogOutsideTheRacyWindow()
    {
        var catalog = TempCatalog.CopyOfSample();
        Thread.Sleep(TimeSpan.FromSeconds(3.3));
        return catalog;
    }

    private static int ItemFileCount(TempCatalog catalog) =>
        Directory.EnumerateFiles(Path.Combine(catalog.CatalogDir, "standards"), "*.yaml").Count()
        + Directory.EnumerateFiles(Path.Combine(catalog.CatalogDir, "implementations"), "*.yaml", SearchOption.AllDirectories).Count();

    private static (string Workbook, CacheStatistics Statistics) ExportThroughCache(CatalogLocation location, TempCatalog catalog)
    {
        using var session = SourceSession.Open(location, useCache: true, TimeProvider.System);
        var workbook = Export(location, catalog, session);
        return (workbook, session.Statistics);
    }

    private static string Export(CatalogLocation location, TempCatalog catalog, SourceSession? session)
    {
        var target = Path.Combine(catalog.Root, "forms-" + Guid.NewGuid().ToString("N")[..6] + ".xlsx");
        var result = new WorkbookExporter(location, revision: "r1") { Session = session }.ExportFiles(new ExportRequest(null, []), target);
        Assert.Empty(result.UnreadableFiles);
        return target;
    }

    /// <summary>Every part's bytes but the package's core properties (a fresh name and creation time per export).</summary>
    private static Dictionary<string, string> Parts(string workbook)
    {
        using var zip = ZipFile.OpenRead(workbook);
        return zip.Entries
            .Where(e => !e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal) && e.FullName != "_rels/.rels")
            .ToDictionary(e => e.FullName, e =>
            {
                using var stream = e.Open();
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            });
    }

    private static string HoursOf(string workbook, string code)
    {
        using var stream = File.OpenRead(workbook);
        var sheet = WorkbookReader.Read(stream).Sheet(WorkbookLayout.ItemsSheet)!;
        var header = sheet.Rows[0].Cells.ToDictionary(c => c.Value.Text, c => c.Key);
        var row = sheet.Rows.Single(r => r.Cells.TryGetValue(0, out var c) && c.Text == code);
        return row.Cells[header["办理时间"]].Text;
    }
}

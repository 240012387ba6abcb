using CatalogTools.Core.Loading;
using CatalogTools.Git.Repositories;
using CatalogTools.Reports.Computing;
using CatalogTools.Reports.Model;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Reports.Tests;

/// <summary>The hand-checkable fixture catalog (Fixtures/small, numbers worked out in FigureTests) and report helpers.</summary>
public static class ReportFixture
{
    public static string SmallCatalog => Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Reports.Tests", "Fixtures", "small", "catalog");

    public static readonly DateTimeOffset Now = FixedClock.Default.GetLocalNow();

    public static ComplianceReport Build(string catalogDir, string? region = null, string? baseline = null)
    {
        var location = CatalogLocation.Find(catalogDir)!;
        var loader = new CatalogLoader(location);
        var loaded = loader.Load();
        using var history = GitCatalogHistory.Open(location);
        var outcome = ReportBuilder.Build(loaded, loader, new ReportRequest(region, baseline, Now), history);
        return outcome.Report ?? throw new InvalidOperationException(outcome.Error(CatalogTools.Core.Diagnostics.Lang.En));
    }

    public static FigureResult Figure(this ComplianceReport report, string key) => report.Figures.Single(f => f.Key == key);

    public static RegionFigures Region(this ComplianceReport report, string code) => report.Regions.Single(r => r.Code == code);
}

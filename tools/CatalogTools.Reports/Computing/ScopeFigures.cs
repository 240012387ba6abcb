using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Reports.Model;

namespace CatalogTools.Reports.Computing;

/// <summary>
/// Figures of the scope as a whole, not sums over items: the number of active 一件事 (a target only where
/// policy.yaml sets <c>bundleCount</c>) and the items on the mobile channel in the scope's least-served city
/// (《平顶山市一体化政务服务能力提升实施方案》20: 不少于60个; a target only where policy.yaml sets <c>mobileItemsPerCity</c>).
/// </summary>
public static class ScopeFigures
{
    public const string MobileChannel = Vocabulary.MobileApp;

    public static IEnumerable<FigureResult> Compute(CatalogIndex index, RegionHierarchy tree, string rootCode)
    {
        var policy = index.Policy;
        var bundles = index.BundleList.Count(b => b.IsActive && InScope(tree, b.Region, rootCode));
        var bundleTarget = policy.Thresholds.TryGetValue(FigureDefinitions.BundleCount, out var bt) ? bt : (double?)null;
        var bundleKind = bundleTarget is null ? TargetKind.Reported : TargetKind.AtLeast;
        var bundlePassed = FigureDefinitions.Meets(bundleKind, bundles, bundleTarget ?? 0);
        yield return new FigureResult(FigureDefinitions.BundleCount, bundleKind, FigureUnit.Count, bundleTarget ?? 0, bundles, bundles, 1, bundlePassed, []);

        var counts = MobileItemsByCity(index, tree, rootCode);
        var mobileTarget = policy.Thresholds.TryGetValue(FigureDefinitions.MobileItemsPerCity, out var mt) ? mt : (double?)null;
        var mobileKind = mobileTarget is null ? TargetKind.Reported : TargetKind.AtLeast;
        double? least = counts.Count == 0 ? null : counts.Values.Min();
        var mobilePassed = FigureDefinitions.Meets(mobileKind, least, mobileTarget ?? 0);
        var misses = mobilePassed || mobileTarget is null
            ? []
            : counts.Where(c => c.Value < mobileTarget.Value - 1e-12).OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new DrillRow(c.Key, tree.NameOf(c.Key), c.Key, tree.NameOf(c.Key), "", new MessageText("reportDetail.mobileItems", ("count", c.Value)))).ToList();
        yield return new FigureResult(FigureDefinitions.MobileItemsPerCity, mobileKind, FigureUnit.Count, mobileTarget ?? 0, least, least ?? 0, counts.Count, mobilePassed, misses);
    }

    /// <summary>Offered items on the mobile channel per city (市级 region) of the scope, its sub-regions included.</summary>
    public static Dictionary<string, int> MobileItemsByCity(CatalogIndex index, RegionHierarchy tree, string rootCode)
    {
        var cities = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var region in index.Regions.Values)
        {
            if (region.Level == Vocabulary.CityLevel && (InScope(tree, region.Code, rootCode) || tree.Chain(rootCode).Contains(region.Code))) cities[region.Code] = 0;
        }
        foreach (var item in index.ResolveAll())
        {
            if (!Offering.IsOffered(item) || !item.Implementation.Channels.Contains(MobileChannel)) continue;
            foreach (var code in tree.Chain(item.Implementation.Region))
            {
                if (cities.ContainsKey(code) && InScope(tree, item.Implementation.Region, rootCode)) cities[code]++;
            }
        }
        return cities;
    }

    private static bool InScope(RegionHierarchy tree, string region, string rootCode) => rootCode.Length == 0 || tree.Chain(region).Contains(rootCode);
}

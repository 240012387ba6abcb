using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Reports.Model;

namespace CatalogTools.Reports.Computing;

/// <summary>
/// One pass over a catalog's offered implementations in scope (active, over an active standard: <see cref="Offering"/>): a tally for the scope root and for
/// each region of the region table (the root and two levels below it; each region's tally covers
/// its subtree), counts by type, level and department, and the items behind each figure.
/// </summary>
public sealed class Snapshot
{
    /// <summary>How many levels below the root the region table goes (province → city → county; county → township → village).</summary>
    public const int TableDepth = 2;

    private Snapshot(Tally root, Dictionary<string, Tally> regions, Dictionary<string, int> byType, Dictionary<string, int> byLevel,
        Dictionary<string, int> byDepartment, List<DrillRow>[] drill)
    {
        Root = root;
        Regions = regions;
        ByType = byType;
        ByLevel = byLevel;
        ByDepartment = byDepartment;
        Drill = drill;
    }

    public Tally Root { get; }
    public Dictionary<string, Tally> Regions { get; }
    public Dictionary<string, int> ByType { get; }
    public Dictionary<string, int> ByLevel { get; }
    public Dictionary<string, int> ByDepartment { get; }
    public List<DrillRow>[] Drill { get; }

    /// <param name="scopeRoot">The root region code, or "" for every region.</param>
    /// <param name="collectDrill">Collect the items behind each figure (the current catalog only).</param>
    /// <param name="restricted">With --region, items outside the subtree are left out; without it, an item whose region lies
    /// outside the top region (an unknown or foreign code) still counts in the totals, never silently lost.</param>
    public static Snapshot Compute(CatalogIndex index, RegionHierarchy tree, string scopeRoot, double[] targets, bool collectDrill, bool restricted = true)
    {
        var root = new Tally();
        var regions = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byType = new Dictionary<string, int>(StringComparer.Ordinal);
        var byLevel = new Dictionary<string, int>(StringComparer.Ordinal);
        var byDepartment = new Dictionary<string, int>(StringComparer.Ordinal);
        var departments = new Dictionary<string, string>(StringComparer.Ordinal);
        var drill = new List<DrillRow>[FigureDefinitions.Count];
        for (var i = 0; i < drill.Length; i++) drill[i] = [];
        var evaluator = new ItemEvaluator(index, targets);
        var misses = collectDrill ? new MessageArgument?[FigureDefinitions.Count] : null;

        foreach (var item in index.ResolveAll())
        {
            var impl = item.Implementation;
            if (!Offering.IsOffered(item)) continue;
            var chain = tree.Chain(impl.Region);
            var at = scopeRoot.Length == 0 ? chain.Length : Array.IndexOf(chain, scopeRoot);
            if (at < 0)
            {
                if (restricted) continue;
                at = 0; // counted at the root only
            }

            evaluator.Evaluate(item, misses);
            root.Add(evaluator);
            // chain[at] is the root; chain[at - k] is the ancestor k levels below it.
            for (var k = 1; k <= TableDepth && at - k >= 0; k++)
            {
                var code = chain[at - k];
                if (!regions.TryGetValue(code, out var tally)) regions[code] = tally = new Tally();
                tally.Add(evaluator);
            }

            Increment(byType, item.Type);
            Increment(byLevel, tree.LevelOf(impl.Region));
            if (!departments.TryGetValue(impl.Agency, out var department))
            {
                department = index.Agencies.TryGetValue(impl.Agency, out var agency)
                    ? DepartmentNames.Of(agency.Name, tree.Chain(agency.Region).Select(tree.NameOf))
                    : impl.Agency;
                departments[impl.Agency] = department;
            }
            Increment(byDepartment, department);

            if (misses is not null)
            {
                for (var f = 0; f < misses.Length; f++)
                {
                    if (misses[f] is { } detail)
                    {
                        drill[f].Add(new DrillRow(impl.Code, item.Name, impl.Region, tree.NameOf(impl.Region), AgencyName(index, impl.Agency), detail));
                    }
                }
            }
        }
        if (scopeRoot.Length > 0) regions[scopeRoot] = root;
        return new Snapshot(root, regions, byType, byLevel, byDepartment, drill);
    }

    private static string AgencyName(CatalogIndex index, string code) => index.Agencies.TryGetValue(code, out var a) ? a.Name : code;

    private static void Increment(Dictionary<string, int> map, string key)
    {
        map.TryGetValue(key, out var n);
        map[key] = n + 1;
    }
}

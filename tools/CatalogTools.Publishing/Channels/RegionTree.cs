using CatalogTools.Core.Codes;
using CatalogTools.Core.Index;

namespace CatalogTools.Publishing.Channels;

/// <summary>A region that has guides (itself or below), with its depth in the tree.</summary>
public sealed record RegionNode(string Code, string Name, string? Level, string? Parent, int Depth, int Items);

/// <summary>A department (实施主体) of one region with its guides, for region pages.</summary>
public sealed record DepartmentGroup(string Code, string Name, IReadOnlyList<GuideListing> Guides);

/// <summary>
/// Regions → departments → items, in code order, as web and kiosk index pages show them: a view of
/// the regions that hold guides over the index's one <see cref="RegionHierarchy"/>, so a region rolls
/// up on the site exactly as in the compliance report.
/// </summary>
public sealed class RegionTree
{
    private RegionTree(IReadOnlyList<RegionNode> nodes, Dictionary<string, List<DepartmentGroup>> departments)
    {
        Nodes = nodes;
        _departments = departments;
    }

    private readonly Dictionary<string, List<DepartmentGroup>> _departments;

    /// <summary>Depth-first, children in code order.</summary>
    public IReadOnlyList<RegionNode> Nodes { get; }

    public IReadOnlyList<DepartmentGroup> DepartmentsOf(string region) => _departments.TryGetValue(region, out var d) ? d : [];

    /// <summary>Regions that hold guides themselves (each gets a page).</summary>
    public IEnumerable<string> RegionsWithGuides => _departments.Keys.Order(StringComparer.Ordinal);

    public static RegionTree Build(CatalogIndex index, IReadOnlyList<GuideListing> guides)
    {
        var departments = guides.GroupBy(g => g.Region).ToDictionary(
            r => r.Key,
            r => r.GroupBy(g => g.Agency).OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => new DepartmentGroup(a.Key, index.Agencies.TryGetValue(a.Key, out var ag) ? ag.Name : a.Key, a.OrderBy(g => g.Code, StringComparer.Ordinal).ToList()))
                .ToList(),
            StringComparer.Ordinal);

        // Count guides per region including everything below it, walking up the parent chain.
        var hierarchy = index.RegionHierarchy;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (region, groups) in departments)
        {
            var n = groups.Sum(g => g.Guides.Count);
            // Codes become page names and links too: only region codes are counted (the hierarchy's parents always are).
            if (RegionCode.LevelOf(region) is null) continue;
            foreach (var code in hierarchy.Chain(region)) counts[code] = counts.GetValueOrDefault(code) + n;
        }
        var children = counts.Keys
            .GroupBy(c => hierarchy.ParentOf(c) is { } parent && counts.ContainsKey(parent) ? parent : "")
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var nodes = new List<RegionNode>();
        var stack = new Stack<(string Code, int Depth)>();
        foreach (var rootCode in Enumerable.Reverse(children.GetValueOrDefault("") ?? [])) stack.Push((rootCode, 0));
        while (stack.Count > 0)
        {
            var (code, depth) = stack.Pop();
            index.Regions.TryGetValue(code, out var region);
            nodes.Add(new RegionNode(code, region?.Name ?? code, region?.Level ?? index.LevelOf(code), hierarchy.ParentOf(code), depth, counts[code]));
            if (children.TryGetValue(code, out var kids))
            {
                for (var i = kids.Count - 1; i >= 0; i--) stack.Push((kids[i], depth + 1));
            }
        }
        return new RegionTree(nodes, departments);
    }

    /// <summary>The region and its ancestors, top first (for breadcrumbs).</summary>
    public static List<(string Code, string Name)> PathOf(CatalogIndex index, string regionCode) =>
        RegionCode.LevelOf(regionCode) is null ? [] : index.RegionHierarchy.PathOf(regionCode);
}

using CatalogTools.Core.Index;

namespace CatalogTools.Publishing.Channels;

/// <summary>A department (实施主体) of one region with its guides, for region pages.</summary>
public sealed record DepartmentGroup(string Code, string Name, IReadOnlyList<GuideListing> Guides);

/// <summary>
/// The published guides grouped by region node and department, in code order, as web and kiosk index
/// pages show them. The regions, their counts and their order come from the index's one
/// <see cref="RegionHierarchy"/> (<see cref="RegionHierarchy.RollUp"/>, <see cref="RegionHierarchy.Walk"/>),
/// so a region rolls up on the site exactly as in the compliance report; this type only groups guides.
/// </summary>
public sealed class RegionListing
{
    private RegionListing(IReadOnlyList<RegionNode> nodes, Dictionary<string, List<DepartmentGroup>> departments)
    {
        Nodes = nodes;
        _departments = departments;
        foreach (var n in nodes)
        {
            if (n.Parent is null) continue;
            if (!_children.TryGetValue(n.Parent, out var list)) _children[n.Parent] = list = [];
            list.Add(n);
        }
    }

    private readonly Dictionary<string, List<DepartmentGroup>> _departments;
    private readonly Dictionary<string, List<RegionNode>> _children = new(StringComparer.Ordinal);

    /// <summary>The nodes whose parent is <paramref name="region"/>, in <see cref="Nodes"/> order (a lookup: a scan per region page was quadratic).</summary>
    public IReadOnlyList<RegionNode> ChildrenOf(string region) => _children.TryGetValue(region, out var c) ? c : [];

    /// <summary>Regions holding guides (themselves or below), depth first, children in code order.</summary>
    public IReadOnlyList<RegionNode> Nodes { get; }

    public IReadOnlyList<DepartmentGroup> DepartmentsOf(string region) => _departments.TryGetValue(region, out var d) ? d : [];

    /// <summary>Regions that hold guides themselves (each gets a page).</summary>
    public IEnumerable<string> RegionsWithGuides => _departments.Keys.Order(StringComparer.Ordinal);

    public static RegionListing Build(CatalogIndex index, IReadOnlyList<GuideListing> guides)
    {
        var departments = guides.GroupBy(g => g.Region).ToDictionary(
            r => r.Key,
            r => r.GroupBy(g => g.Agency).OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => new DepartmentGroup(a.Key, index.Agencies.TryGetValue(a.Key, out var ag) ? ag.Name : a.Key, a.OrderBy(g => g.Code, StringComparer.Ordinal).ToList()))
                .ToList(),
            StringComparer.Ordinal);
        var hierarchy = index.RegionHierarchy;
        var totals = hierarchy.RollUp(departments.Select(d => KeyValuePair.Create(d.Key, d.Value.Sum(g => g.Guides.Count))));
        return new RegionListing(hierarchy.Walk(totals), departments);
    }
}

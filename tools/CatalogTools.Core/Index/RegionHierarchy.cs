using System.Collections.Concurrent;
using CatalogTools.Core.Codes;
using CatalogTools.Core.Model;

namespace CatalogTools.Core.Index;

/// <summary>A region in a rolled-up walk (<see cref="RegionHierarchy.Walk"/>): its count includes every region below it; depth 0 is a top.</summary>
public sealed record RegionNode(string Code, string Name, string? Level, string? Parent, int Depth, int Items);

/// <summary>
/// The one region hierarchy every verb rolls up by (site pages, mobile index, audit, report, query).
/// A region's parent is its registry parent; a region missing from the registry takes the parent its
/// code implies (GB/T 2260: 县 → 市 → 省), so its items still count under its city and province
/// everywhere. A registry parent that is not a region code ends the chain (it would become a page name).
/// Ancestor chains are cached, so placing 10^5 items costs one lookup each.
/// </summary>
public sealed class RegionHierarchy
{
    // Deeper than province → city → county → township → village means a cycle or bad data.
    private const int MaxDepth = 8;

    private readonly IReadOnlyDictionary<string, Region> _regions;
    private readonly ConcurrentDictionary<string, string[]> _chains = new(StringComparer.Ordinal);

    public RegionHierarchy(IReadOnlyDictionary<string, Region> regions) => _regions = regions;

    public string NameOf(string code) => _regions.TryGetValue(code, out var r) ? r.Name : code;

    /// <summary>The level from the registry, else from the code; "" when neither knows it.</summary>
    public string LevelOf(string code) => (_regions.TryGetValue(code, out var r) ? r.Level : RegionCode.LevelOf(code)) ?? "";

    public string? ParentOf(string code)
    {
        var parent = _regions.TryGetValue(code, out var r) ? r.Parent : RegionCode.ParentOf(code);
        return string.IsNullOrEmpty(parent) || RegionCode.LevelOf(parent) is null ? null : parent;
    }

    /// <summary>The region itself, then its parent, up to the top (guarded against cycles).</summary>
    public string[] Chain(string code)
    {
        if (_chains.TryGetValue(code, out var chain)) return chain;
        var list = new List<string>(6);
        for (string? c = code; c is not null && list.Count < MaxDepth && !list.Contains(c); c = ParentOf(c)) list.Add(c);
        chain = list.ToArray();
        _chains.TryAdd(code, chain);
        return chain;
    }

    /// <summary>The region and its ancestors, top first, with names (breadcrumbs); empty when the code is not a region code.</summary>
    public List<(string Code, string Name)> PathOf(string code)
    {
        if (RegionCode.LevelOf(code) is null) return [];
        var chain = Chain(code);
        var path = new List<(string, string)>(chain.Length);
        for (var i = chain.Length - 1; i >= 0; i--) path.Add((chain[i], NameOf(chain[i])));
        return path;
    }

    /// <summary>
    /// Each region's own count added to itself and every ancestor: region → count of it and below.
    /// Codes that are not region codes are left out (codes become page names and links).
    /// </summary>
    public Dictionary<string, int> RollUp(IEnumerable<KeyValuePair<string, int>> own)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (region, n) in own)
        {
            if (RegionCode.LevelOf(region) is null) continue;
            foreach (var code in Chain(region)) totals[code] = totals.GetValueOrDefault(code) + n;
        }
        return totals;
    }

    /// <summary>
    /// The regions of <paramref name="totals"/> (see <see cref="RollUp"/>) depth first, children in
    /// code order; a region whose parent is not among them is a top.
    /// </summary>
    public IReadOnlyList<RegionNode> Walk(IReadOnlyDictionary<string, int> totals)
    {
        var children = totals.Keys
            .GroupBy(c => ParentOf(c) is { } parent && totals.ContainsKey(parent) ? parent : "")
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var nodes = new List<RegionNode>(totals.Count);
        var stack = new Stack<(string Code, int Depth)>();
        foreach (var top in Enumerable.Reverse(children.GetValueOrDefault("") ?? [])) stack.Push((top, 0));
        while (stack.Count > 0)
        {
            var (code, depth) = stack.Pop();
            var level = _regions.TryGetValue(code, out var region) ? region.Level : RegionCode.LevelOf(code);
            nodes.Add(new RegionNode(code, NameOf(code), level, ParentOf(code), depth, totals[code]));
            if (!children.TryGetValue(code, out var kids)) continue;
            for (var i = kids.Count - 1; i >= 0; i--) stack.Push((kids[i], depth + 1));
        }
        return nodes;
    }

    /// <summary>Registry regions without a parent, in code order.</summary>
    public IReadOnlyList<string> Tops() =>
        _regions.Values.Where(r => ParentOf(r.Code) is null).Select(r => r.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();

    /// <summary>Depth of <paramref name="code"/> below <paramref name="root"/> (0 for the root), or -1 when outside its subtree; with no root, the chain's length.</summary>
    public int DepthBelow(string code, string root) =>
        root.Length == 0 ? Chain(code).Length : Array.IndexOf(Chain(code), root);
}

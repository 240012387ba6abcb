using CatalogTools.Core.Codes;
using CatalogTools.Core.Index;

namespace CatalogTools.Reports.Computing;

/// <summary>
/// Regions as a tree: a region's parent is its registry parent, else the parent its code implies.
/// Ancestor chains are cached, so placing 10^5 items costs one lookup each.
/// </summary>
public sealed class RegionTree
{
    private readonly CatalogIndex _index;
    private readonly Dictionary<string, string[]> _chains = new(StringComparer.Ordinal);

    public RegionTree(CatalogIndex index) => _index = index;

    public string NameOf(string code) => _index.Regions.TryGetValue(code, out var r) ? r.Name : code;

    public string LevelOf(string code) => _index.LevelOf(code) ?? "";

    public string? ParentOf(string code)
    {
        if (_index.Regions.TryGetValue(code, out var r)) return string.IsNullOrEmpty(r.Parent) ? null : r.Parent;
        return RegionCode.ParentOf(code);
    }

    /// <summary>The region itself, then its parent, up to the top (guarded against cycles).</summary>
    public string[] Chain(string code)
    {
        if (_chains.TryGetValue(code, out var chain)) return chain;
        var list = new List<string>(6);
        for (string? c = code; c is not null && list.Count < 8 && !list.Contains(c); c = ParentOf(c)) list.Add(c);
        chain = list.ToArray();
        _chains[code] = chain;
        return chain;
    }

    /// <summary>Regions without a parent, in code order.</summary>
    public IReadOnlyList<string> Tops() =>
        _index.Regions.Values.Where(r => string.IsNullOrEmpty(r.Parent)).Select(r => r.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();

    /// <summary>Depth of <paramref name="code"/> below <paramref name="root"/> (0 for the root), or -1 when outside its subtree.</summary>
    public int DepthBelow(string code, string root)
    {
        if (root.Length == 0) return Chain(code).Length - 1 + 1;
        var chain = Chain(code);
        var i = Array.IndexOf(chain, root);
        return i;
    }
}

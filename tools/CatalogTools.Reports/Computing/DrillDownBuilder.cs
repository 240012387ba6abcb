using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Reports.Model;

namespace CatalogTools.Reports.Computing;

/// <summary>
/// Builds the region drill-down of a report scope in one pass over the items: every region of the
/// subtree (all levels, not only the two of the region table) gets a tally of its subtree, and the
/// region an item is offered in gets it under the item's department. A region's misses are the
/// figures its own value misses, each with the items of its subtree that fall short of it.
/// </summary>
public static class DrillDownBuilder
{
    public static RegionDrill Build(CatalogIndex index, RegionHierarchy tree, string scopeRoot, MessageArgument scopeName, double[] targets, bool restricted)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var root = new Node(scopeRoot);
        nodes[scopeRoot] = root;
        var evaluator = new ItemEvaluator(index, targets);
        var reasons = new MessageArgument?[FigureDefinitions.Count];
        var departments = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var item in index.ResolveAll())
        {
            var impl = item.Implementation;
            if (!impl.IsActive) continue;
            var chain = tree.Chain(impl.Region);
            var at = scopeRoot.Length == 0 ? chain.Length : Array.IndexOf(chain, scopeRoot);
            if (at < 0)
            {
                if (restricted) continue;
                at = 0; // outside the top region: counted at the root, as the report's totals do
                chain = [scopeRoot];
            }
            evaluator.Evaluate(item, reasons);
            var shortfalls = new Dictionary<string, MessageArgument>(StringComparer.Ordinal);
            for (var f = 0; f < reasons.Length; f++)
            {
                if (reasons[f] is { } why) shortfalls[FigureDefinitions.All[f].Key] = why;
            }
            root.Tally.Add(evaluator);
            var node = root;
            for (var k = at - 1; k >= 0; k--)
            {
                var code = chain[k];
                if (!nodes.TryGetValue(code, out var child))
                {
                    nodes[code] = child = new Node(code);
                    node.Children.Add(child);
                }
                child.Tally.Add(evaluator);
                node = child;
            }
            if (!departments.TryGetValue(impl.Agency, out var department))
            {
                department = index.Agencies.TryGetValue(impl.Agency, out var agency)
                    ? DepartmentNames.Of(agency.Name, tree.Chain(agency.Region).Select(tree.NameOf))
                    : impl.Agency;
                departments[impl.Agency] = department;
            }
            if (!node.Departments.TryGetValue(department, out var group)) node.Departments[department] = group = new Group();
            group.Tally.Add(evaluator);
            group.Items.Add(new DrillItem(impl.Code, item.Name, AgencyName(index, impl.Agency), shortfalls));
            node.Rows.Add(new DrillRow(impl.Code, item.Name, impl.Region, tree.NameOf(impl.Region), AgencyName(index, impl.Agency), default));
            node.Shortfalls.Add(shortfalls);
        }
        return Freeze(root, tree, scopeName, targets);
    }

    private static RegionDrill Freeze(Node node, RegionHierarchy tree, MessageArgument scopeName, double[] targets)
    {
        node.Children.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        var children = node.Children.Select(c => Freeze(c, tree, scopeName, targets)).ToList();
        var departments = node.Departments.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new DepartmentDrill(p.Key, p.Value.Tally.Items, p.Value.Tally.Values(), p.Value.Items.OrderBy(i => i.Code, StringComparer.Ordinal).ToList()))
            .ToList();
        var misses = new List<RegionMiss>();
        foreach (var f in FigureDefinitions.All)
        {
            var value = node.Tally.Value(f);
            if (FigureDefinitions.Meets(f, value, targets[f.Index])) continue;
            var rows = new List<DrillRow>();
            Collect(node, f.Key, rows);
            rows.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
            misses.Add(new RegionMiss(f.Key, value, rows));
        }
        var name = node.Code.Length == 0 ? scopeName : tree.NameOf(node.Code);
        return new RegionDrill(node.Code, name, node.Code.Length == 0 ? "" : tree.LevelOf(node.Code), node.Tally.Items, node.Tally.Values(), departments, children, misses);
    }

    /// <summary>The items of a subtree that fall short of one figure, with the reason as their detail.</summary>
    private static void Collect(Node node, string figure, List<DrillRow> rows)
    {
        for (var i = 0; i < node.Rows.Count; i++)
        {
            if (node.Shortfalls[i].TryGetValue(figure, out var why)) rows.Add(node.Rows[i] with { Detail = why });
        }
        foreach (var child in node.Children) Collect(child, figure, rows);
    }

    private static string AgencyName(CatalogIndex index, string code) => index.Agencies.TryGetValue(code, out var a) ? a.Name : code;

    private sealed class Node(string code)
    {
        public string Code { get; } = code;
        public Tally Tally { get; } = new();
        public List<Node> Children { get; } = [];
        public Dictionary<string, Group> Departments { get; } = new(StringComparer.Ordinal);
        public List<DrillRow> Rows { get; } = [];
        public List<Dictionary<string, MessageArgument>> Shortfalls { get; } = [];
    }

    private sealed class Group
    {
        public Tally Tally { get; } = new();
        public List<DrillItem> Items { get; } = [];
    }
}

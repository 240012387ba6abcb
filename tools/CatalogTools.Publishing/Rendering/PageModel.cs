using CatalogTools.Publishing.Channels;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>The globals every page template gets: site, root (relative prefix), and for guide pages g, hash, jsonld, crumbs.</summary>
public static class PageModel
{
    public static ScriptObject Site(ChannelContext context, string root)
    {
        var info = context.Site;
        var site = new ScriptObject
        {
            ["title"] = Leaf.OfText(info.Title),
            ["version"] = info.Version,
            ["sourceTime"] = info.SourceTime,
            ["commit"] = info.Commit,
        };
        return new ScriptObject { ["site"] = site, ["root"] = root };
    }

    public static ScriptObject Guide(ChannelContext context, PreparedGuide guide, string root)
    {
        var model = Site(context, root);
        var g = TemplateValues.Of(guide.Json);
        model["g"] = g;
        model["code"] = guide.Code;
        model["hash"] = guide.Hash;
        model["jsonld"] = new RawMarkup(JsonLd.Of(g));
        var crumbs = new ScriptArray();
        foreach (var (code, name) in RegionTree.PathOf(context.Index, guide.Region))
        {
            crumbs.Add(new ScriptObject { ["code"] = code, ["name"] = Leaf.OfText(name) });
        }
        model["crumbs"] = crumbs;
        return model;
    }

    public static ScriptArray Regions(RegionTree tree)
    {
        var list = new ScriptArray();
        foreach (var n in tree.Nodes)
        {
            list.Add(new ScriptObject
            {
                ["code"] = n.Code,
                ["name"] = Leaf.OfText(n.Name),
                ["level"] = Leaf.OfText(n.Level ?? ""),
                ["depth"] = n.Depth,
                ["items"] = n.Items,
                ["hasPage"] = tree.DepartmentsOf(n.Code).Count > 0,
            });
        }
        return list;
    }

    public static ScriptObject Region(ChannelContext context, RegionTree tree, string region, string root)
    {
        var model = Site(context, root);
        context.Index.Regions.TryGetValue(region, out var r);
        model["region"] = new ScriptObject { ["code"] = region, ["name"] = Leaf.OfText(r?.Name ?? region), ["level"] = Leaf.OfText(r?.Level ?? "") };
        var crumbs = new ScriptArray();
        foreach (var (code, name) in RegionTree.PathOf(context.Index, region)) crumbs.Add(new ScriptObject { ["code"] = code, ["name"] = Leaf.OfText(name) });
        model["crumbs"] = crumbs;
        var departments = new ScriptArray();
        foreach (var d in tree.DepartmentsOf(region))
        {
            var items = new ScriptArray();
            foreach (var g in d.Guides)
            {
                items.Add(new ScriptObject { ["code"] = g.Code, ["name"] = Leaf.OfText(g.Name), ["type"] = Leaf.OfText(g.Type) });
            }
            departments.Add(new ScriptObject { ["code"] = d.Code, ["name"] = Leaf.OfText(d.Name), ["items"] = items });
        }
        model["departments"] = departments;
        return model;
    }
}

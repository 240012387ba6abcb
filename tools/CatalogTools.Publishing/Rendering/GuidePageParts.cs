using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CatalogTools.Publishing.Channels;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// The parts of a guide page's model that many guides share: the site texts (one per channel) and
/// the breadcrumbs of each region. Built once per channel and region instead of once per page, and
/// read-only, since every page (and thread) reads the same objects: a template cannot assign into them.
/// </summary>
internal sealed class GuidePageParts
{
    private static readonly ConditionalWeakTable<ChannelContext, GuidePageParts> PerChannel = new();

    private readonly ChannelContext _context;
    private readonly ConcurrentDictionary<string, ScriptArray> _crumbs = new(StringComparer.Ordinal);

    private GuidePageParts(ChannelContext context)
    {
        _context = context;
        Site = ReadOnly(PageModel.SiteTexts(context));
    }

    public static GuidePageParts Of(ChannelContext context) => PerChannel.GetValue(context, c => new GuidePageParts(c));

    /// <summary>site.title, site.version, site.sourceTime, site.commit.</summary>
    public ScriptObject Site { get; }

    /// <summary>The regions from the province down to <paramref name="region"/>: code and name each.</summary>
    public ScriptArray Crumbs(string region) => _crumbs.GetOrAdd(region, r =>
    {
        var crumbs = new ScriptArray();
        foreach (var (code, name) in _context.Index.RegionHierarchy.PathOf(r)) crumbs.Add(ReadOnly(new ScriptObject { ["code"] = Leaf.OfText(code), ["name"] = Leaf.OfText(name) }));
        _ = crumbs.ScriptObject; // made now, not lazily by whichever thread reads a member first
        crumbs.IsReadOnly = true;
        return crumbs;
    });

    private static ScriptObject ReadOnly(ScriptObject o)
    {
        o.IsReadOnly = true;
        return o;
    }
}

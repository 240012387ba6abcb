using CatalogTools.Core.Index;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Audit;

/// <summary>
/// What the source renders today for one channel, with the templates and under the version the
/// served bundle states (its manifest; without one, the catalog's own version): every shared file
/// (index, region pages, search data, mobile indexes, assets) at once, an item's files on demand.
/// </summary>
internal sealed class SourcePages
{
    private readonly IChannel _channel;
    private readonly ChannelContext _context;

    private SourcePages(IChannel channel, ChannelContext context, Dictionary<string, byte[]> shared)
    {
        _channel = channel;
        _context = context;
        Shared = shared;
    }

    /// <summary>Every shared file by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Shared { get; }

    public static SourcePages Render(IChannel channel, TemplateSet templates, CatalogIndex index, SourceVersion version, IReadOnlyList<PreparedGuide> guides, ListingViews views)
    {
        var context = new ChannelContext(templates, index, version, guides) { Views = views };
        var shared = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        channel.RenderShared(context, new SharedSink((path, bytes, _) => shared[path] = bytes, (_, _) => false));
        return new SourcePages(channel, context, shared);
    }

    /// <summary>The files of one item (web: guide and notice).</summary>
    public Dictionary<string, byte[]> Item(PreparedGuide guide)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        _channel.RenderItem(guide, _context, (path, bytes, _) => files[path] = bytes);
        return files;
    }
}

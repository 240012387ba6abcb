using CatalogTools.Core.Index;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Guides;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// What listing pages (index, regions, search, ways in) show of a guide, and its content hash: besides,
/// its standard (themes hold standards) and its service objects joined by "、" (个人办事 / 法人办事).
/// </summary>
public record GuideListing(string Code, string Region, string Agency, string Name, string Type, string Hash, string Standard = "", string Objects = "");

/// <summary>A guide ready for every channel: its canonical JSON besides what listings need.</summary>
public sealed record PreparedGuide(string Code, string Region, string Agency, string Name, string Type, byte[] Json, string Hash, string Standard = "", string Objects = "")
    : GuideListing(Code, Region, Agency, Name, Type, Hash, Standard, Objects);

/// <summary>
/// What a channel renders with: its templates, the catalog's registries, the source version and the
/// listing of every guide in code order (an incremental publish knows unchanged guides by their listing only).
/// </summary>
public sealed record ChannelContext(TemplateSet Templates, CatalogIndex Index, SourceVersion Source, IReadOnlyList<GuideListing> Listing)
{
    /// <summary>The site-wide texts every page shows, computed once per publish instead of once per page.</summary>
    public SiteInfo Site { get; } = SiteInfo.Of(Index, Source);

    /// <summary>Views of the listing; a publish gives every channel the same instance so each is built once.</summary>
    public ListingViews Views { get; init; } = new(Index, Listing);

    /// <summary>What an incremental publish changed in the listing; null for a full publish (every shared file is made and fingerprinted).</summary>
    public ListingChanges? Changes { get; init; }
}

/// <summary>
/// Site title (site.yaml's name, else from the province, the region without a parent), bundle version,
/// source time, short commit, and the site configuration (null without site.yaml).
/// </summary>
public sealed record SiteInfo(string Title, string Version, string SourceTime, string Commit, SiteConfig? Config = null)
{
    public static SiteInfo Of(CatalogIndex index, SourceVersion source)
    {
        var province = index.Regions.Values.Where(r => r.Parent is null).OrderBy(r => r.Code, StringComparer.Ordinal).FirstOrDefault();
        var config = SiteConfig.Read(index.Root);
        return new SiteInfo(
            config?.Name ?? (province?.Name ?? "") + "政务服务事项办事指南",
            source.BundleVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            source.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
            source.Dirty ? source.ShortCommit + "（含未提交的修改）" : source.ShortCommit,
            config);
    }
}

/// <summary>Receives one output file (relative path with '/', bytes, and for shared files the SHA-256 of their inputs).</summary>
public delegate void FileSink(string relativePath, byte[] bytes, string? input = null);

/// <summary>
/// One output kind (web, mobile, kiosk). Item files depend on one guide only, so an unchanged
/// guide's files can be reused; shared files (indexes, search) are rebuilt on every publish,
/// except template pages whose model did not change (<see cref="SharedSink.Page"/>).
/// </summary>
public interface IChannel
{
    string Name { get; }

    /// <summary>The files that show one item, by its code.</summary>
    IReadOnlyList<string> ItemPaths(string code);

    void RenderItem(PreparedGuide guide, ChannelContext context, FileSink sink);

    void RenderShared(ChannelContext context, SharedSink sink);
}

public static class ChannelRegistry
{
    public static readonly IReadOnlyList<string> Names = ["web", "mobile", "kiosk"];

    public static IChannel? For(string name) => name switch
    {
        "web" => new WebChannel(),
        "mobile" => new MobileChannel(),
        "kiosk" => new KioskChannel(),
        _ => null,
    };
}

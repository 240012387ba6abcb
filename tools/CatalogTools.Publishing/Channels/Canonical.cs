using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// The absolute address of a web page, for <c>&lt;link rel="canonical"&gt;</c> and sitemap.xml: site.yaml's
/// <c>baseUrl</c> (the web channel's root, ending in '/') joined with the page's path in the bundle, each
/// segment percent-encoded. Without a base URL there is none: pages carry no canonical link.
/// </summary>
public static class Canonical
{
    public static string? Url(SiteConfig? config, string relativePath) =>
        config?.BaseUrl is { } root ? root + string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString)) : null;

    /// <summary>The URL as a leaf (HTML-encoded where a template writes it), or null.</summary>
    public static Leaf? Of(SiteConfig? config, string relativePath) => Url(config, relativePath) is { } url ? Leaf.OfText(url) : null;
}

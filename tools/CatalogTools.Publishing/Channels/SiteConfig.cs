using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// The catalog's site.yaml (schemas/site.schema.json): what every channel shows around the items —
/// site name, 主办单位, 承办单位, 网站标识码, ICP and 公安 备案号, contact, logo, colours, the kiosk's
/// idle reset and the web channel's public address (baseUrl: the 一次性告知单's QR code links into it). Every text is data: templates write it HTML-encoded like any catalog text.
/// </summary>
public sealed partial record SiteConfig(
    string Name,
    string Sponsor,
    string? Organizer,
    string? SiteCode,
    string? Icp,
    string? PublicSecurity,
    string? Phone,
    string? Email,
    string? Address,
    string? Logo,
    string? Primary,
    string? Accent,
    int? KioskIdleSeconds)
{
    /// <summary>Items (or entries) per listing page when site.yaml gives no <c>pageSize</c>.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The sitemap protocol's limit of URLs per sitemap file.</summary>
    public const int SitemapProtocolLimit = 50_000;

    /// <summary>
    /// Where the web channel's root is served (ends with '/'), for canonical links and sitemap.xml; null
    /// without it (then pages carry no canonical link and the bundle has no sitemap: both need absolute URLs).
    /// </summary>
    public string? BaseUrl { get; init; }

    /// <summary>Entries per listing page (site.yaml <c>pageSize</c>).</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>URLs per sitemap file before sitemap.xml becomes an index of several (site.yaml <c>sitemapMaxUrls</c>).</summary>
    public int SitemapMaxUrls { get; init; } = SitemapProtocolLimit;

    public static string RelativePath => FileKinds.RegistryPath(FileKind.Site);

    /// <summary>
    /// The configuration, or null when the catalog has no site.yaml (publish warns, CAT0230) or it cannot be
    /// read (check reports why, and publish refuses a catalog with errors).
    /// </summary>
    public static SiteConfig? Read(string catalogRoot)
    {
        var bytes = Bytes(catalogRoot);
        if (bytes is null) return null;
        var read = YamlDocumentReader.Read(bytes);
        if (!read.IsReadable || read.Root is not { Kind: YKind.Mapping } root) return null;
        var name = Text(root, "name");
        if (name is null) return null;
        var contact = root.Get("contact");
        var colors = root.Get("colors");
        var idle = Text(root, "kioskIdleSeconds");
        return new SiteConfig(
            name,
            Text(root, "sponsor") ?? "",
            Text(root, "organizer"),
            Text(root, "siteCode"),
            Text(root, "icp"),
            Text(root, "publicSecurity"),
            Text(contact, "phone"),
            Text(contact, "email"),
            Text(contact, "address"),
            Text(root, "logo"),
            Colour(Text(colors, "primary")),
            Colour(Text(colors, "accent")),
            Number(idle))
        {
            BaseUrl = BaseUrlOf(Text(root, "baseUrl")),
            PageSize = Number(Text(root, "pageSize")) is { } size and >= 1 and <= 1000 ? size : DefaultPageSize,
            SitemapMaxUrls = Number(Text(root, "sitemapMaxUrls")) is { } max and >= 1 and <= SitemapProtocolLimit ? max : SitemapProtocolLimit,
        };
    }

    /// <summary>Page size and sitemap limit for a catalog without site.yaml.</summary>
    public static int PageSizeOf(SiteConfig? config) => config?.PageSize ?? DefaultPageSize;

    private static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    // The base goes into href attributes and the sitemap: only an absolute http(s) URL ending in '/' passes
    // (the schema says the same; this is the guard).
    private static string? BaseUrlOf(string? value) =>
        value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && value.EndsWith('/') && uri.Query.Length == 0 && uri.Fragment.Length == 0 && !value.Any(char.IsWhiteSpace) ? uri.AbsoluteUri : null;

    /// <summary>SHA-256 of site.yaml as written ("" without one): every page shows it, so a change re-renders them.</summary>
    public static string Fingerprint(string catalogRoot) => Bytes(catalogRoot) is { } b ? Convert.ToHexStringLower(SHA256.HashData(b)) : "";

    /// <summary>CAT0230 when the catalog has no site.yaml (publish reports it once, before writing), else null.</summary>
    public static Diagnostic? MissingDiagnostic(string catalogRoot) => File.Exists(Path.Combine(catalogRoot, RelativePath))
        ? null
        : new Diagnostic(ChannelSiteRules.SiteMissing, ChannelSiteRules.SiteMissing.DefaultSeverity, RelativePath, 1, 1, null,
            new Dictionary<string, MessageArgument>(StringComparer.Ordinal) { ["file"] = RelativePath });

    private static byte[]? Bytes(string catalogRoot)
    {
        var path = Path.Combine(catalogRoot, RelativePath);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Text(YNode? map, string key) =>
        map?.Kind == YKind.Mapping && map.Get(key) is { Kind: YKind.Scalar } v && v.ScalarType != ScalarType.Null && v.Value.Length > 0 ? v.Value : null;

    // Colours go into a style sheet, so only #RRGGBB passes (the schema says the same; this is the guard).
    private static string? Colour(string? value) => value is not null && ColourPattern().IsMatch(value) ? value : null;

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColourPattern();
}

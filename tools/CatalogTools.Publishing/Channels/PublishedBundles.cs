using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Channels;

/// <summary>A 一件事 as the channels publish it: the bundle and those of its members that are published guides, in the order written.</summary>
public sealed record PublishedBundle(ServiceBundle Bundle, IReadOnlyList<GuideListing> Members);

/// <summary>
/// The 一件事 every channel shows: active bundles (service-bundles/) with at least one member among the published
/// guides, in code order. A member that is not published (unknown, retired) is left out of the page, as the guide is
/// (check reports it: CAT0075); a bundle whose code is not a plain name gets no page (check reports the code).
/// </summary>
public static class PublishedBundles
{
    public const string Folder = "bundles";

    public static IReadOnlyList<PublishedBundle> Of(CatalogIndex index, IReadOnlyList<GuideListing> listing)
    {
        var byCode = new Dictionary<string, GuideListing>(StringComparer.Ordinal);
        foreach (var g in listing) byCode.TryAdd(g.Code, g);
        var result = new List<PublishedBundle>();
        foreach (var bundle in index.BundleList)
        {
            if (!bundle.IsActive || !BundlePath.IsPlainName(bundle.Code)) continue;
            var members = bundle.Members.Distinct(StringComparer.Ordinal).Select(m => byCode.GetValueOrDefault(m)).OfType<GuideListing>().ToList();
            if (members.Count > 0) result.Add(new PublishedBundle(bundle, members));
        }
        return result;
    }

    /// <summary>bundles/CODE.html (web, kiosk) or bundles/CODE.json (mobile).</summary>
    public static string PathOf(string code, string extension) => BundlePath.Of(Folder, code, extension);
}

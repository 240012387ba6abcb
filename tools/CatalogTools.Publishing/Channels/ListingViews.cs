using System.Collections.Concurrent;
using CatalogTools.Core.Index;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// What every channel of one publish derives from the same listing, built once and shared: the
/// guides by region, the search index, the published 一件事, and the input fingerprints of pages whose model does not depend on the channel
/// (web and kiosk show the same region pages through different templates).
/// </summary>
public sealed class ListingViews(CatalogIndex index, IReadOnlyList<GuideListing> listing)
{
    private readonly Lazy<RegionListing> _regions = new(() => RegionListing.Build(index, listing));
    private readonly Lazy<global::CatalogTools.Publishing.Search.SearchIndex> _search = new(() => global::CatalogTools.Publishing.Search.SearchIndex.Build(index, listing));

    public RegionListing Regions => _regions.Value;

    /// <summary>The search index files, the same for web and kiosk.</summary>
    public global::CatalogTools.Publishing.Search.SearchIndex Search => _search.Value;
    private readonly Lazy<IReadOnlyList<PublishedBundle>> _bundles = new(() => PublishedBundles.Of(index, listing));

    /// <summary>The 一件事 with a page of their own, the same for every channel.</summary>
    public IReadOnlyList<PublishedBundle> Bundles => _bundles.Value;

    private EntryViews? _entries;

    /// <summary>The ways in besides regions: service object, theme, department.</summary>
    public EntryViews Entries => LazyInitializer.EnsureInitialized(ref _entries, () => EntryViews.Build(index, listing, ThemeVocabulary.Read(index.Root), Bundles));

    /// <summary>Fingerprints by a key that names everything the page's model is made from (see <see cref="SitePages"/>).</summary>
    internal ConcurrentDictionary<string, string> Fingerprints { get; } = new(StringComparer.Ordinal);
}

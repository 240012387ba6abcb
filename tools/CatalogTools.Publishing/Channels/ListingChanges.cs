using CatalogTools.Core.Index;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// What an incremental publish changed in the listing, for the shared files that list guides (region pages, the ways
/// in, the search index): each reloaded guide's listing before (the publish state) and after (null: not published
/// then, or not now). Only item files change in an incremental publish (registries, policy, site.yaml and themes force
/// a whole one), so a shared file that lists none of these guides is the previous bundle's file, and its model need
/// not be built to know it. A full publish has no changes: every shared file is fingerprinted.
/// </summary>
public sealed class ListingChanges
{
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _regions = new(StringComparer.Ordinal);
    private readonly List<(GuideListing? Before, GuideListing? After)> _guides = [];

    /// <param name="guides">Every reloaded guide's listing before and after; pairs that list the same are dropped.</param>
    public ListingChanges(CatalogIndex index, IEnumerable<(GuideListing? Before, GuideListing? After)> guides)
    {
        foreach (var (before, after) in guides)
        {
            if (before is null && after is null || before is not null && after is not null && Same(before, after)) continue;
            _guides.Add((before, after));
            _codes.Add((before ?? after)!.Code);
            // A region's page lists its own guides and, on page 1, its children's counts: the regions of the guide and
            // every region above them.
            foreach (var g in new[] { before, after })
            {
                if (g is not null) _regions.UnionWith(index.RegionHierarchy.Chain(g.Region));
            }
            Reshaped |= before is null || after is null || !SamePlaces(before, after);
        }
    }

    /// <summary>The guides whose listing changed (added, removed or edited), in the order given.</summary>
    public IReadOnlyList<(GuideListing? Before, GuideListing? After)> Guides => _guides;

    /// <summary>
    /// True when a guide was added or removed or changed what groups it (region, department, standard, type, service
    /// objects): lists may then gain or lose entries and every later page shifts. False when only names or contents
    /// changed: every list keeps its entries in their places.
    /// </summary>
    public bool Reshaped { get; }

    /// <summary>Whether a guide of this code changed.</summary>
    public bool Touches(string code) => _codes.Contains(code);

    /// <summary>Whether a region's pages may differ from the previous bundle's: it or a region below holds a changed guide.</summary>
    public bool TouchesRegion(string region) => _regions.Contains(region);

    private static bool Same(GuideListing a, GuideListing b) => SamePlaces(a, b) && a.Code == b.Code && a.Name == b.Name && a.Hash == b.Hash;

    private static bool SamePlaces(GuideListing a, GuideListing b) =>
        a.Region == b.Region && a.Agency == b.Agency && a.Type == b.Type && a.Standard == b.Standard && a.Objects == b.Objects;
}

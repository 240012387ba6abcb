using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// One entry of a listing: a guide (<see cref="Folder"/> "guides") or a 一件事 ("bundles"). Themes are lists of entries
/// rather than of guides so that the 一件事 join a theme as entries of their own folder.
/// </summary>
public sealed record ListingEntry(string Folder, string Code, string Name, string Type, string RegionName, string AgencyName);

/// <summary>
/// A way in that lists entries: <see cref="Path"/> is its folder in the bundle ("themes/CODE"), <see cref="Kind"/>
/// "object", "theme", "department" or "bundles" (every 一件事).
/// </summary>
public sealed record EntryList(string Kind, string Path, string Code, string Name, string? Description, string? RegionName, IReadOnlyList<ListingEntry> Entries);

/// <summary>
/// The ways in besides regions, made once per publish from the listing: 个人办事 / 法人办事 (service object),
/// themes (registries/themes.yaml; a theme without a published item is left out) and departments (实施主体),
/// each in a stable order so page N holds the same entries between publishes of the same source.
/// </summary>
public sealed class EntryViews
{
    /// <summary>The service objects people choose between, with the folder name and the label they see.</summary>
    public static readonly IReadOnlyList<(string Object, string Code, string Label)> ServiceObjects =
    [
        (Vocabulary.NaturalPerson, "natural", "个人办事"),
        (Vocabulary.LegalPerson, "legal", "法人办事"),
    ];

    /// <summary>What the 一件事 entry shows as its type.</summary>
    public const string BundleType = "一件事";

    private EntryViews(IReadOnlyList<EntryList> objects, IReadOnlyList<EntryList> themes, IReadOnlyList<EntryList> departments, IReadOnlyDictionary<string, IReadOnlyList<EntryList>> themesByObject, EntryList? bundles)
    {
        Bundles = bundles;
        Objects = objects;
        Themes = themes;
        Departments = departments;
        _themesByObject = themesByObject;
    }

    private readonly IReadOnlyDictionary<string, IReadOnlyList<EntryList>> _themesByObject;

    /// <summary>个人办事 and 法人办事, each when some item serves that object.</summary>
    public IReadOnlyList<EntryList> Objects { get; }

    /// <summary>Themes in the vocabulary's order, each with its items in code order.</summary>
    public IReadOnlyList<EntryList> Themes { get; }

    /// <summary>一件事一次办: every published 一件事 in code order, or null when there is none (the home page offers no such way in).</summary>
    public EntryList? Bundles { get; }

    /// <summary>Departments in code order.</summary>
    public IReadOnlyList<EntryList> Departments { get; }

    /// <summary>The themes that hold an item for this service object (shown on its page), by object code.</summary>
    public IReadOnlyList<EntryList> ThemesFor(string objectCode) => _themesByObject.TryGetValue(objectCode, out var t) ? t : [];

    public static EntryViews Build(CatalogIndex index, IReadOnlyList<GuideListing> listing, IReadOnlyList<Theme> themes, IReadOnlyList<PublishedBundle>? bundles = null)
    {
        bundles ??= [];
        string RegionName(string code) => index.Regions.TryGetValue(code, out var r) ? r.Name : code;
        string AgencyName(string code) => index.Agencies.TryGetValue(code, out var a) ? a.Name : code;
        ListingEntry Entry(GuideListing g) => new("guides", g.Code, g.Name, g.Type, RegionName(g.Region), AgencyName(g.Agency));
        static bool Serves(GuideListing g, string o) => g.Objects.Split('、').Contains(o, StringComparer.Ordinal);

        var ordered = listing.OrderBy(g => g.Code, StringComparer.Ordinal).ToList();
        var objects = new List<EntryList>();
        foreach (var (o, code, label) in ServiceObjects)
        {
            var entries = ordered.Where(g => Serves(g, o)).Select(Entry).ToList();
            if (entries.Count > 0) objects.Add(new EntryList("object", "objects/" + code, code, label, null, null, entries));
        }

        ListingEntry BundleEntry(PublishedBundle b) =>
            new(PublishedBundles.Folder, b.Bundle.Code, b.Bundle.Name, BundleType, RegionName(b.Bundle.Region), b.Bundle.LeadAgency is { } lead ? AgencyName(lead) : "");

        var themeLists = new List<EntryList>();
        var byObject = ServiceObjects.ToDictionary(s => s.Code, _ => new List<EntryList>(), StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            var guides = ordered.Where(g => theme.Holds(g.Standard, g.Type)).ToList();
            if (guides.Count == 0) continue;
            // A 一件事 joins the theme of any of its members, after the theme's guides.
            var joined = bundles.Where(b => b.Members.Any(m => theme.Holds(m.Standard, m.Type))).Select(BundleEntry);
            var list = new EntryList("theme", "themes/" + theme.Code, theme.Code, theme.Name, theme.Description, null, guides.Select(Entry).Concat(joined).ToList());
            themeLists.Add(list);
            foreach (var (o, code, _) in ServiceObjects)
            {
                if (guides.Any(g => Serves(g, o))) byObject[code].Add(list);
            }
        }

        // A department code becomes a folder name: one that is not a plain name gets no page (check reports the code).
        var departments = ordered.Where(g => BundlePath.IsPlainName(g.Agency)).GroupBy(g => g.Agency).OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new EntryList("department", "departments/" + a.Key, a.Key, AgencyName(a.Key), null,
                index.Agencies.TryGetValue(a.Key, out var agency) ? RegionName(agency.Region) : RegionName(a.First().Region), a.Select(Entry).ToList()))
            .ToList();
        var bundleList = bundles.Count == 0 ? null
            : new EntryList("bundles", PublishedBundles.Folder, PublishedBundles.Folder, "一件事一次办", "多个部门的关联事项，一次申请、一次办好", null, bundles.Select(BundleEntry).ToList());
        return new EntryViews(objects, themeLists, departments, byObject.ToDictionary(p => p.Key, p => (IReadOnlyList<EntryList>)p.Value, StringComparer.Ordinal), bundleList);
    }
}

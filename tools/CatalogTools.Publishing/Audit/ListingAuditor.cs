using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Rendering;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Audit;

/// <summary>
/// The pages that lead to the guides, as served: the index (regions with a page) and the pages of each
/// region (its items by department, paginated on web and kiosk), for web and kiosk (HTML) and mobile (regions.json,
/// regions/CODE.json). Each must exist and list exactly what the source gives, under the source's
/// names; and every item page a channel renders besides the guide (web: notices/CODE.html) must exist.
/// The listing pages of the other ways in are compared with the source's page by page (<see cref="AuditEntries"/>).
/// </summary>
internal sealed class ListingAuditor(CatalogIndex index, IReadOnlyList<PreparedGuide> guides)
{
    private readonly RegionListing _tree = RegionListing.Build(index, guides);
    private readonly int _pageSize = SiteConfig.PageSizeOf(SiteConfig.Read(index.Root));

    /// <summary>Audits one channel folder's listing pages and item pages; returns how many listing pages it read.</summary>
    public int Audit(IServedFiles served, DiagnosticBag bag)
    {
        var channel = served.Channel;
        var json = channel == "mobile";
        var extension = json ? ".json" : ".html";
        var pages = 0;

        // Web and kiosk give every region of the tree a page (a city without items of its own lists its counties);
        // mobile has a region file for regions with items of their own.
        var expectedRegions = json ? _tree.RegionsWithGuides.ToList() : _tree.Nodes.Select(n => n.Code).ToList();
        var regionNames = _tree.Nodes.ToDictionary(n => n.Code, n => n.Name, StringComparer.Ordinal);
        var indexPage = json ? "regions.json" : "index.html";
        var indexListing = Read(served, indexPage, ListingKind.Index, json, bag, null);
        if (indexListing is not null)
        {
            pages++;
            Compare(bag, channel, indexListing, expectedRegions.Select(r => (r, regionNames.GetValueOrDefault(r) ?? r)).ToList(), isRegion: true);
        }

        var regionPages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var region in expectedRegions)
        {
            // An HTML region's items are paginated (Paging.RegionPathOf): its pages together must list them, each once.
            var count = json ? 1 : PageModel.RegionPages(_tree, region, _pageSize);
            regionPages[region] = count;
            var links = new List<ListingLink>();
            ServedListing? first = null;
            for (var n = 1; n <= count; n++)
            {
                var page = json ? $"regions/{region}{extension}" : Paging.RegionPathOf(region, n);
                var listing = Read(served, page, ListingKind.Region, json, bag, region);
                if (listing is null) continue;
                pages++;
                first ??= listing;
                links.AddRange(listing.Links);
            }
            if (first is null) continue;
            var expected = _tree.DepartmentsOf(region).SelectMany(d => d.Guides).Select(g => (g.Code, g.Name)).ToList();
            Compare(bag, channel, first with { Links = links }, expected, isRegion: false);
        }

        {
            foreach (var file in served.Paths.Where(p => p.StartsWith("regions/", StringComparison.Ordinal) && p.EndsWith(extension, StringComparison.Ordinal)))
            {
                var (code, number) = RegionPageOf(file, extension);
                if (code is null || (regionPages.TryGetValue(code, out var count) && number <= count)) continue;
                pages++;
                var page = $"{channel}/{file}";
                var detail = regionPages.ContainsKey(code)
                    ? new MessageText("auditPhrase.regionHasOnlyPages", ("pages", regionPages[code]))
                    : new MessageText("auditPhrase.theSourceHasNoPublishedItem");
                Report(bag, ChannelAuditRules.ListingWrong, RegionSource(code, page), null, page,
                    ("channel", channel), ("page", page), ("shown", Path.GetFileName(file)), ("code", code), ("detail", detail));
            }
        }

        var renderer = ChannelRegistry.For(channel)!;
        foreach (var guide in guides)
        {
            // The first item path is the guide itself (CAT0203); the others (the web's 一次性告知单) are checked here.
            foreach (var relative in renderer.ItemPaths(guide.Code).Skip(1))
            {
                if (served.Exists(relative) || served.Failures.ContainsKey(relative) || served.Incomplete is not null) continue;
                var page = $"{channel}/{relative}";
                Report(bag, ChannelAuditRules.PageMissing, ItemSource(guide.Code, page), guide.Code, page,
                    ("channel", channel), ("page", page), ("what", new MessageText("auditPhrase.noticePageOfItem", ("name", guide.Name))));
            }
        }
        return pages;
    }

    /// <summary>
    /// A listing page of the ways in (themes, departments, 个人办事 / 法人办事) that differs from the source's: the
    /// guides it links to must be the source's, each once and under its source name. Not a listing page in the
    /// source (no <c>data-page="listing"</c>): nothing to do here.
    /// </summary>
    public void AuditEntries(DiagnosticBag bag, string channel, string page, byte[] expected, byte[] served)
    {
        var want = ServedListing.FromHtml(page, System.Text.Encoding.UTF8.GetString(expected), ListingKind.Entries);
        if (want.Problem is not null) return;
        var got = ServedListing.FromHtml(page, System.Text.Encoding.UTF8.GetString(served), ListingKind.Entries);
        if (got.Problem is not null)
        {
            Report(bag, ChannelAuditRules.PageUnreadable, new SourceRef(page, 1, 1), null, page, ("channel", channel), ("page", page), ("detail", got.Problem));
            return;
        }
        Compare(bag, channel, got, want.Links.Select(l => (l.Code, l.Text)).ToList(), isRegion: false,
            new MessageText("auditPhrase.theSourceDoesNotListThis"));
    }

    private ServedListing? Read(IServedFiles served, string relative, ListingKind kind, bool json, DiagnosticBag bag, string? region)
    {
        var channel = served.Channel;
        var page = $"{channel}/{relative}";
        var bytes = served.Read(relative);
        if (bytes is null)
        {
            // Not read is not missing: a failed fetch is reported as unreadable, an incomplete crawl as incomplete.
            if (served.Failures.ContainsKey(relative) || served.Incomplete is not null) return null;
            var what = kind == ListingKind.Index
                ? new MessageText("auditPhrase.itsIndexPage")
                : new MessageText("auditPhrase.pageOfRegion", ("name", RegionName(region!)));
            Report(bag, ChannelAuditRules.PageMissing, region is null ? new SourceRef(page, 1, 1) : RegionSource(region, page), null, page,
                ("channel", channel), ("page", page), ("what", what));
            return null;
        }
        var listing = json ? ServedListing.FromJson(page, bytes, kind) : ServedListing.FromHtml(page, System.Text.Encoding.UTF8.GetString(bytes), kind);
        if (listing.Problem is not null)
        {
            Report(bag, ChannelAuditRules.PageUnreadable, new SourceRef(page, 1, 1), null, page, ("channel", channel), ("page", page), ("detail", listing.Problem));
            return null;
        }
        return listing;
    }

    /// <summary>Every expected entry listed once under its source name; nothing else listed.</summary>
    private void Compare(DiagnosticBag bag, string channel, ServedListing listing, List<(string Code, string Name)> expected, bool isRegion, MessageText? unknownDetail = null)
    {
        var what = new MessageText(isRegion ? "auditPhrase.region" : "auditPhrase.item");
        var byCode = expected.ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in listing.Links)
        {
            var at = isRegion ? RegionSource(link.Code, listing.Page) : ItemSource(link.Code, listing.Page);
            var place = $"{listing.Page}#{link.Code}";
            if (!byCode.TryGetValue(link.Code, out var name))
            {
                MessageArgument detail = unknownDetail ?? (isRegion
                    ? new MessageText("auditPhrase.theSourceHasNoPublishedItem2")
                    : new MessageText("auditPhrase.theSourceHasNoSuchPublished"));
                Report(bag, ChannelAuditRules.ListingWrong, at, isRegion ? null : link.Code, place,
                    ("channel", channel), ("page", listing.Page), ("shown", link.Text), ("code", link.Code), ("detail", detail));
                continue;
            }
            if (!shown.Add(link.Code))
            {
                Report(bag, ChannelAuditRules.ListingWrong, at, isRegion ? null : link.Code, place,
                    ("channel", channel), ("page", listing.Page), ("shown", link.Text), ("code", link.Code),
                    ("detail", new MessageText("auditPhrase.listedTwice")));
                continue;
            }
            if (!string.Equals(link.Text, name.Trim(), StringComparison.Ordinal))
            {
                Report(bag, ChannelAuditRules.ListingWrong, at, isRegion ? null : link.Code, place,
                    ("channel", channel), ("page", listing.Page), ("shown", link.Text), ("code", link.Code),
                    ("detail", new MessageText("auditPhrase.theSourceNamesIt", ("name", name))));
            }
        }
        foreach (var (code, name) in expected)
        {
            if (shown.Contains(code)) continue;
            var at = isRegion ? RegionSource(code, listing.Page) : ItemSource(code, listing.Page);
            Report(bag, ChannelAuditRules.ListingMissing, at, isRegion ? null : code, $"{listing.Page}#{code}",
                ("channel", channel), ("page", listing.Page), ("what", what), ("name", name), ("code", code));
        }
    }

    /// <summary>"regions/CODE.EXT" → (CODE, 1); "regions/CODE/page-N.html" → (CODE, N); anything else under regions/ → (null, 0).</summary>
    internal static (string? Code, int Page) RegionPageOf(string path, string extension)
    {
        var rest = path["regions/".Length..^extension.Length];
        var slash = rest.IndexOf('/');
        if (slash < 0) return (rest, 1);
        const string prefix = "page-";
        var tail = rest[(slash + 1)..];
        return tail.StartsWith(prefix, StringComparison.Ordinal) && tail.IndexOf('/') < 0
            && int.TryParse(tail[prefix.Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 2
            ? (rest[..slash], n)
            : (null, 0);
    }

    private string RegionName(string code) => index.Regions.TryGetValue(code, out var r) ? r.Name : code;

    private SourceRef RegionSource(string code, string page) => index.Regions.TryGetValue(code, out var r) ? r.Source : new SourceRef(page, 1, 1);

    private SourceRef ItemSource(string code, string page) => index.Implementations.TryGetValue(code, out var i) ? i.Source : new SourceRef(page, 1, 1);

    private static void Report(DiagnosticBag bag, RuleDescriptor rule, SourceRef at, string? item, string place, params (string Name, MessageArgument Value)[] args)
    {
        var arguments = new Dictionary<string, MessageArgument>(StringComparer.Ordinal);
        foreach (var (n, v) in args) arguments[n] = v;
        bag.Add(new Diagnostic(rule, rule.DefaultSeverity, at.File, Math.Max(1, at.Line), Math.Max(1, at.Column), item, arguments) { Place = place });
    }
}

using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html.Parser;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Comparison;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Guides;
using CatalogTools.Publishing.Rendering;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Audit;

/// <summary>
/// The result of auditing channel folders: diagnostics and how much was read — channels, pages,
/// published items compared, and the standard items those items inherit from.
/// </summary>
public sealed record AuditResult(IReadOnlyList<Diagnostic> Diagnostics, int Channels, int Pages, int Items, int Standards);

/// <summary>
/// 要素同源自查: compares what every channel serves with what the source renders for it today.
/// Per item and element (missing, different, extra element; missing or unknown item; unreadable
/// page); the pages that lead to the guides (<see cref="ListingAuditor"/>); and, when templates are
/// given, everything else a person sees on every page and in every JSON document — text added,
/// removed or changed, requests beyond the guide, pages the source does not render
/// (<see cref="TextAuditor"/>). Diagnostics point at the source file and line; Place names the page and element.
/// </summary>
public sealed class ChannelAuditor
{
    private readonly CatalogIndex _index;
    private readonly string? _templatesRoot;
    private readonly SourceVersion? _version;
    private readonly Lazy<List<PreparedGuide>> _guides;

    /// <param name="templatesRoot">The templates the source renders with; null audits the marked elements and listings only.</param>
    /// <param name="version">The source version to render under when a channel has no readable manifest.</param>
    public ChannelAuditor(CatalogIndex index, string? templatesRoot = null, SourceVersion? version = null)
    {
        _index = index;
        _templatesRoot = templatesRoot;
        _version = version;
        _guides = new Lazy<List<PreparedGuide>>(() => Publisher.Prepare(index, []));
    }

    /// <summary>The files the source renders for each item of a channel (the starting points of a crawl).</summary>
    public IReadOnlyList<string> ItemPaths(string channel)
    {
        var renderer = ChannelRegistry.For(channel);
        return renderer is null ? [] : _guides.Value.SelectMany(g => renderer.ItemPaths(g.Code)).ToList();
    }

    public AuditResult Audit(IReadOnlyList<string> channelDirectories) =>
        Audit(channelDirectories.Select(d => ChannelReader.ChannelOf(d) is { } c ? new FolderFiles(d, c) : null).OfType<IServedFiles>().ToList());

    public AuditResult Audit(IReadOnlyList<IServedFiles> channels)
    {
        var bag = new DiagnosticBag();
        var guides = _guides.Value;
        var source = new Dictionary<string, (PreparedGuide Guide, List<GuideElement> Elements)>(StringComparer.Ordinal);
        foreach (var g in guides) source[g.Code] = (g, GuideElements.Of(g.Json));

        var views = new ListingViews(_index, guides);
        var listings = new ListingAuditor(_index, guides);
        var pages = 0;
        foreach (var served in channels)
        {
            var channel = served.Channel;
            var renderer = ChannelRegistry.For(channel);
            if (renderer is null) continue;
            if (served.Incomplete is { } why)
            {
                bag.Report(ChannelAuditRules.AuditIncomplete, served.Origin, 1, 1, null, ("channel", channel), ("origin", served.Origin), ("detail", why));
            }
            foreach (var (path, reason) in served.Failures.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var shownPath = $"{channel}/{path}";
                bag.Add(new Diagnostic(ChannelAuditRules.PageUnreadable, ChannelAuditRules.PageUnreadable.DefaultSeverity, shownPath, 1, 1, null,
                    Args(("channel", channel), ("page", shownPath), ("detail", reason))) { Place = shownPath });
            }
            var pagesOfSource = Templates(channel) is { } templates
                ? SourcePages.Render(renderer, templates, _index, VersionOf(served), guides, views)
                : null;
            var seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            var list = ChannelReader.GuidePages(served).ToList();
            pages += list.Count;
            Parallel.ForEach(list, entry =>
            {
                var shown = $"{channel}/{entry.Relative}";
                var bytes = served.Read(entry.Relative);
                if (bytes is null) return;
                var document = channel == "mobile" ? null : new HtmlParser().ParseDocument(Encoding.UTF8.GetString(bytes));
                var page = document is null ? ChannelReader.ReadJson(shown, bytes) : ChannelReader.ReadHtml(shown, document, entry.Complete);
                if (page.Problem is not null || page.Item is null)
                {
                    bag.Report(ChannelAuditRules.PageUnreadable, shown, 1, 1, null, ("channel", channel), ("page", shown), ("detail", page.Problem is null ? "" : page.Problem));
                    return;
                }
                if (!source.TryGetValue(page.Item, out var item))
                {
                    bag.Add(new Diagnostic(ChannelAuditRules.ItemUnknown, ChannelAuditRules.ItemUnknown.DefaultSeverity, shown, 1, 1, page.Item,
                        Args(("channel", channel), ("page", shown), ("code", page.Item))) { Place = shown });
                    return;
                }
                if (entry.Complete) seen[page.Item] = true;
                Compare(bag, channel, page, item.Elements);
                // Mobile items are guide JSON through and through: every field is an element, compared above.
                if (pagesOfSource is null || document is null) return;
                var expected = pagesOfSource.Item(item.Guide);
                if (!expected.TryGetValue(entry.Relative, out var want))
                {
                    // The page is served under another item's name (guides/A.html showing item B).
                    TextAuditor.Compare(bag, ItemOrigin(channel, shown, item.Guide), [], bytes, document);
                    return;
                }
                TextAuditor.Compare(bag, ItemOrigin(channel, shown, item.Guide), want, bytes, document);
            });
            pages += listings.Audit(served, bag);
            if (pagesOfSource is not null) pages += AuditShared(bag, served, renderer, pagesOfSource, guides, listings);
            foreach (var (code, item) in source)
            {
                if (seen.ContainsKey(code) || served.Incomplete is not null || served.Failures.ContainsKey(renderer.ItemPaths(code)[0])) continue;
                var expected = $"{channel}/{renderer.ItemPaths(code)[0]}";
                var at = _index.Implementations.TryGetValue(code, out var impl) ? impl.Source : new SourceRef("", 1, 1);
                bag.Add(new Diagnostic(ChannelAuditRules.ItemMissing, ChannelAuditRules.ItemMissing.DefaultSeverity, at.File, at.Line, at.Column, code,
                    Args(("channel", channel), ("page", expected), ("name", item.Guide.Name))) { Place = expected });
            }
        }
        var standards = source.Keys.Select(c => _index.Implementations.TryGetValue(c, out var i) ? i.StandardCode : null).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        // policy.yaml severities reach every audit rule, also those reported above at their default severity.
        return new AuditResult(SeverityPolicy.Of(_index.Policy).Apply(bag.ToSortedList()), channels.Count, pages, source.Count, standards);
    }

    /// <summary>
    /// A channel that does not use our templates, read by a <see cref="ThirdParty.PageMapping"/>: on every
    /// mapped page, each mapped element against the guide (CAT0200–CAT0202; a list shown shorter or longer
    /// than the source's too), unknown items (CAT0204), and requests beyond the guide anywhere in the
    /// mapped content (CAT0223). Items the channel does not show are not reported: a third-party
    /// entrance may offer a subset.
    /// </summary>
    public AuditResult AuditThirdParty(IServedFiles served, ThirdParty.PageMapping mapping)
    {
        var bag = new DiagnosticBag();
        var source = new Dictionary<string, (PreparedGuide Guide, List<GuideElement> Elements)>(StringComparer.Ordinal);
        foreach (var g in _guides.Value) source[g.Code] = (g, GuideElements.Of(g.Json));
        var channel = mapping.Name;
        if (served.Incomplete is { } why) bag.Report(ChannelAuditRules.AuditIncomplete, served.Origin, 1, 1, null, ("channel", channel), ("origin", served.Origin), ("detail", why));
        var pages = served.Paths.Where(mapping.IsPage).ToList();
        var items = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Parallel.ForEach(pages, path =>
        {
            var shown = path;
            var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(served.Read(path) ?? []));
            var page = ThirdParty.ThirdPartyReader.Read(shown, document, mapping);
            if (page.Problem is not null || page.Item is null)
            {
                bag.Report(ChannelAuditRules.PageUnreadable, shown, 1, 1, null, ("channel", channel), ("page", shown), ("detail", page.Problem is null ? "" : page.Problem));
                return;
            }
            if (!source.TryGetValue(page.Item, out var item))
            {
                bag.Add(new Diagnostic(ChannelAuditRules.ItemUnknown, ChannelAuditRules.ItemUnknown.DefaultSeverity, shown, 1, 1, page.Item,
                    Args(("channel", channel), ("page", shown), ("code", page.Item))) { Place = shown });
                return;
            }
            items[page.Item] = true;
            Compare(bag, channel, page with { Complete = true }, ThirdParty.ThirdPartyReader.Covered(item.Elements, mapping).ToList());
            var scope = mapping.TextScope is null ? document.Body : document.QuerySelector(mapping.TextScope);
            if (scope is null) return;
            var units = VisibleText.Of(scope, e => false);
            TextAuditor.FindBeyond(bag, ItemOrigin(channel, shown, item.Guide), units, string.Join('\n', item.Elements.Select(e => e.Text)));
        });
        var standards = items.Keys.Select(c => _index.Implementations.TryGetValue(c, out var i) ? i.StandardCode : null).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        return new AuditResult(SeverityPolicy.Of(_index.Policy).Apply(bag.ToSortedList()), 1, pages.Count, items.Count, standards);
    }

    /// <summary>
    /// Shared files (index, region and listing pages, search data, mobile indexes, sitemap, assets) against the source's,
    /// and HTML pages the source does not render at all. Index and region pages that are missing are
    /// reported by the listing audit, item pages by the item checks. Returns how many files it read that no other check counted.
    /// </summary>
    private int AuditShared(DiagnosticBag bag, IServedFiles served, IChannel renderer, SourcePages source, IReadOnlyList<PreparedGuide> guides, ListingAuditor listings)
    {
        var channel = served.Channel;
        var counted = 0;
        foreach (var (path, want) in source.Shared)
        {
            var shown = $"{channel}/{path}";
            var listing = IsListing(channel, path);
            var bytes = served.Read(path);
            if (bytes is null)
            {
                if (listing || served.Failures.ContainsKey(path) || served.Incomplete is not null) continue;
                bag.Add(new Diagnostic(ChannelAuditRules.PageMissing, ChannelAuditRules.PageMissing.DefaultSeverity, shown, 1, 1, null,
                    Args(("channel", channel), ("page", shown), ("what", new MessageText("auditPhrase.theFile")))) { Place = shown });
                continue;
            }
            if (!listing) counted++;
            TextAuditor.Compare(bag, SharedOrigin(channel, shown, path), want, bytes);
            // The ways in (themes, departments, 个人办事 / 法人办事) link to guides as region pages do: the links are entries, checked one by one.
            if (path.EndsWith(".html", StringComparison.Ordinal) && !want.AsSpan().SequenceEqual(bytes)) listings.AuditEntries(bag, channel, shown, want, bytes);
        }
        var expected = new HashSet<string>(source.Shared.Keys, StringComparer.Ordinal);
        foreach (var g in guides) expected.UnionWith(renderer.ItemPaths(g.Code));
        foreach (var path in served.Paths)
        {
            if (expected.Contains(path) || !(path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".htm", StringComparison.Ordinal))) continue;
            // Guide and notice pages of unknown items (CAT0204) and extra region pages (CAT0208) are reported where they are read.
            if (path.StartsWith("guides/", StringComparison.Ordinal) || path.StartsWith("notices/", StringComparison.Ordinal) || path.StartsWith("regions/", StringComparison.Ordinal)) continue;
            var shown = $"{channel}/{path}";
            counted++;
            bag.Add(new Diagnostic(ChannelAuditRules.PageExtra, ChannelAuditRules.PageExtra.DefaultSeverity, shown, 1, 1, null,
                Args(("channel", channel), ("page", shown))) { Place = shown });
        }
        return counted;
    }

    /// <summary>Index and region pages (every page of a region): counted and checked for presence by the listing audit.</summary>
    private static bool IsListing(string channel, string path) =>
        path == (channel == "mobile" ? "regions.json" : "index.html")
        || (path.StartsWith("regions/", StringComparison.Ordinal) && ListingAuditor.RegionPageOf(path, Path.GetExtension(path)).Code is not null);

    private TemplateSet? Templates(string channel)
    {
        if (_templatesRoot is null) return null;
        try
        {
            return TemplateSet.Load(_templatesRoot, channel);
        }
        catch (TemplateException)
        {
            return null;
        }
    }

    /// <summary>The version the channel's pages were rendered under: its manifest's, else the catalog's.</summary>
    private SourceVersion VersionOf(IServedFiles served)
    {
        if (served.Read(BundleManifest.FileName) is { } bytes && BundleManifest.Parse(bytes, out _) is { } manifest) return SourceVersion.FromManifest(manifest);
        return _version ?? new SourceVersion("unversioned", SourceVersion.FixedEpoch, false);
    }

    private PageOrigin ItemOrigin(string channel, string page, PreparedGuide guide)
    {
        var impl = _index.Implementations[guide.Code];
        return new PageOrigin(channel, page, guide.Code, guide, element => element is null ? impl.Source : ElementSource(impl, element));
    }

    private PageOrigin SharedOrigin(string channel, string page, string path)
    {
        // A 一件事's page (bundles/CODE.html, mobile bundles/CODE.json) is the bundle file's: its differences point there.
        if (path.StartsWith(PublishedBundles.Folder + "/", StringComparison.Ordinal) && path.IndexOf('/', PublishedBundles.Folder.Length + 1) < 0
            && _index.Bundles.TryGetValue(Path.GetFileNameWithoutExtension(path), out var bundle))
        {
            return new PageOrigin(channel, page, bundle.Code, null, _ => bundle.Source);
        }
        var region = path.StartsWith("regions/", StringComparison.Ordinal) ? ListingAuditor.RegionPageOf(path, Path.GetExtension(path)).Code : null;
        var at = region is not null && _index.Regions.TryGetValue(region, out var r) ? r.Source : new SourceRef(page, 1, 1);
        return new PageOrigin(channel, page, null, null, _ => at);
    }

    /// <summary>Where an element's value is written: the implementation when it sets it, else its standard.</summary>
    private SourceRef ElementSource(Implementation impl, string path)
    {
        var key = TopKey(path);
        return impl.Fields.Has(key) || !_index.Standards.TryGetValue(impl.StandardCode, out var standard) || !standard.Fields.Has(key)
            ? impl.Fields.Of(key, impl.Source)
            : standard.Fields.Of(key, standard.Source);
    }

    private void Compare(DiagnosticBag bag, string channel, ServedPage page, List<GuideElement> expected)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in expected) byPath[e.Path] = e.Text;
        var shownPaths = new HashSet<string>(StringComparer.Ordinal);
        var impl = _index.Implementations[page.Item!];
        foreach (var e in page.Elements)
        {
            shownPaths.Add(e.Path);
            if (!byPath.TryGetValue(e.Path, out var want))
            {
                Report(bag, ChannelAuditRules.ElementExtra, channel, page, impl, e.Path, "", e.Text);
            }
            else if (!string.Equals(want, e.Text, StringComparison.Ordinal))
            {
                Report(bag, ChannelAuditRules.ElementDiffers, channel, page, impl, e.Path, want, e.Text);
            }
        }
        if (!page.Complete) return;
        foreach (var e in expected)
        {
            if (!shownPaths.Contains(e.Path)) Report(bag, ChannelAuditRules.ElementMissing, channel, page, impl, e.Path, e.Text, "");
        }
    }

    private void Report(DiagnosticBag bag, RuleDescriptor rule, string channel, ServedPage page, Implementation impl, string path, string expected, string actual)
    {
        var key = TopKey(path);
        var at = ElementSource(impl, path);
        bag.Add(new Diagnostic(rule, rule.DefaultSeverity, at.File, at.Line, at.Column, impl.Code, Args(
            ("channel", channel), ("page", page.Page), ("element", path),
            ("elementName", ElementNames.Message(key)),
            ("expected", expected), ("actual", actual)))
        { Place = $"{page.Page}#{path}" });
    }

    private static string TopKey(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    private static Dictionary<string, MessageArgument> Args(params (string Name, MessageArgument Value)[] args)
    {
        var d = new Dictionary<string, MessageArgument>(StringComparer.Ordinal);
        foreach (var (n, v) in args) d[n] = v;
        return d;
    }
}

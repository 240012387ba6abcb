using System.Collections.Concurrent;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Comparison;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Guides;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Audit;

/// <summary>
/// The result of auditing channel folders: diagnostics and how much was read — channels, pages,
/// published items compared, and the standard items those items inherit from.
/// </summary>
public sealed record AuditResult(IReadOnlyList<Diagnostic> Diagnostics, int Channels, int Pages, int Items, int Standards);

/// <summary>
/// 要素同源自查: compares every element every served page shows with the catalog, per item and
/// element, and reports each difference (missing, different, extra element; missing or unknown
/// item; unreadable page), and checks the pages that lead to the guides (index, region pages,
/// notices: <see cref="ListingAuditor"/>). Diagnostics point at the source file and line; Place names the page and element.
/// </summary>
public sealed class ChannelAuditor(CatalogIndex index)
{
    public AuditResult Audit(IReadOnlyList<string> channelDirectories)
    {
        var bag = new DiagnosticBag(index.Policy.Severities);
        var skipped = new List<string>();
        var guides = Publisher.Prepare(index, skipped);
        var source = new Dictionary<string, (PreparedGuide Guide, List<GuideElement> Elements)>(StringComparer.Ordinal);
        foreach (var g in guides) source[g.Code] = (g, GuideElements.Of(g.Json));

        var listings = new ListingAuditor(index, guides);
        var pages = 0;
        var channels = 0;
        foreach (var directory in channelDirectories)
        {
            var channel = ChannelReader.ChannelOf(directory);
            if (channel is null) continue;
            channels++;
            var seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            var list = ChannelReader.GuidePages(directory, channel).ToList();
            pages += list.Count;
            Parallel.ForEach(list, entry =>
            {
                var full = Path.Combine(directory, entry.Relative);
                var shown = $"{channel}/{entry.Relative}";
                var page = channel == "mobile"
                    ? ChannelReader.ReadJson(shown, File.ReadAllBytes(full))
                    : ChannelReader.ReadHtml(shown, File.ReadAllText(full), entry.Complete);
                if (page.Problem is not null || page.Item is null)
                {
                    bag.Report(ChannelAuditRules.PageUnreadable, shown, 1, 1, null, ("channel", channel), ("page", shown), ("detail", page.Problem ?? ""));
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
            });
            pages += listings.Audit(directory, channel, bag);
            var first = ChannelRegistry.For(channel)!;
            foreach (var (code, item) in source)
            {
                if (seen.ContainsKey(code)) continue;
                var expected = $"{channel}/{first.ItemPaths(code)[0]}";
                var at = item.Guide.Code is { } c && index.Implementations.TryGetValue(c, out var impl) ? impl.Source : new SourceRef("", 1, 1);
                bag.Add(new Diagnostic(ChannelAuditRules.ItemMissing, ChannelAuditRules.ItemMissing.DefaultSeverity, at.File, at.Line, at.Column, code,
                    Args(("channel", channel), ("page", expected), ("name", item.Guide.Name))) { Place = expected });
            }
        }
        var standards = source.Keys.Select(c => index.Implementations.TryGetValue(c, out var i) ? i.StandardCode : null).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        // policy.yaml severities reach every audit rule, also those reported above at their default severity.
        return new AuditResult(SeverityPolicy.Of(index.Policy).Apply(bag.ToSortedList()), channels, pages, source.Count, standards);
    }

    private void Compare(DiagnosticBag bag, string channel, ServedPage page, List<GuideElement> expected)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in expected) byPath[e.Path] = e.Text;
        var shownPaths = new HashSet<string>(StringComparer.Ordinal);
        var impl = index.Implementations[page.Item!];
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
        var at = impl.Fields.Has(key) || !index.Standards.TryGetValue(impl.StandardCode, out var standard) || !standard.Fields.Has(key)
            ? impl.Fields.Of(key, impl.Source)
            : standard.Fields.Of(key, standard.Source);
        bag.Add(new Diagnostic(rule, rule.DefaultSeverity, at.File, at.Line, at.Column, impl.Code, Args(
            ("channel", channel), ("page", page.Page), ("element", path),
            ("elementName", MessageTemplateFormatter.Localized(ElementNames.Of(key, Lang.Zh), ElementNames.Of(key, Lang.En))),
            ("expected", expected), ("actual", actual)))
        { Place = $"{page.Page}#{path}" });
    }

    private static string TopKey(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    private static Dictionary<string, string> Args(params (string Name, string Value)[] args)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (n, v) in args) d[n] = v;
        return d;
    }
}

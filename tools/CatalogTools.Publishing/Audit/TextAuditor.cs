using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CatalogTools.Core.Comparison;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Model;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Guides;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Audit;

/// <summary>Where a page comes from: the item it shows (null for shared pages) and where to point for an element or for the page as a whole.</summary>
internal sealed record PageOrigin(string Channel, string Page, string? Item, PreparedGuide? Guide, Func<string?, SourceRef> Source);

/// <summary>
/// Compares a served file with the one the source renders, as a person sees it: HTML as visible text
/// blocks and shown attributes (<see cref="VisibleText"/>), JSON field by field (<see cref="JsonFields"/>),
/// the search index files as the JSON they hold, anything else byte for byte. Differences inside marked
/// elements are left to the element audit (CAT0200–CAT0202) and the listing audit (CAT0207–CAT0208);
/// a new request for a material or a fee that the guide does not list is reported as beyond the guide.
/// </summary>
internal static class TextAuditor
{
    public static void Compare(DiagnosticBag bag, PageOrigin origin, byte[] expected, byte[] served, IDocument? servedDocument = null)
    {
        if (expected.AsSpan().SequenceEqual(served)) return;
        var page = origin.Page;
        if (page.EndsWith(".html", StringComparison.Ordinal) || page.EndsWith(".htm", StringComparison.Ordinal))
        {
            CompareHtml(bag, origin, expected, served, servedDocument);
        }
        else if (page.EndsWith(".json", StringComparison.Ordinal))
        {
            CompareJson(bag, origin, expected, served);
        }
        else if (IsSearchData(page) && ScriptJson(expected) is { } e && ScriptJson(served) is { } s)
        {
            CompareJson(bag, origin, e, s);
        }
        else
        {
            var unit = new MessageText("auditPhrase.fileContent");
            Report(bag, ChannelAuditRules.TextChanged, origin, null, null, unit,
                $"SHA-256 {Hash(expected)}", $"SHA-256 {Hash(served)}");
        }
    }

    private static void CompareHtml(DiagnosticBag bag, PageOrigin origin, byte[] expectedBytes, byte[] servedBytes, IDocument? servedDocument)
    {
        var parser = new HtmlParser();
        var expectedDoc = parser.ParseDocument(Encoding.UTF8.GetString(expectedBytes));
        var servedDoc = servedDocument ?? parser.ParseDocument(Encoding.UTF8.GetString(servedBytes));
        Func<IElement, bool> isElement = origin.Guide is null ? ListingElement : VisibleText.MarkedElement;
        var want = VisibleText.Of(expectedDoc, isElement);
        var got = VisibleText.Of(servedDoc, isElement);
        var materials = origin.Guide is null ? [] : Materials(origin.Guide);
        var charges = origin.Guide is not null && Charges(origin.Guide);
        var sourceText = string.Join('\n', want.Select(u => u.Text));
        foreach (var change in UnitDiff.Compare(want, got, u => u.Kind + "\u0001" + u.Text, u => u.Kind))
        {
            var (e, a) = (change.Expected, change.Actual);
            switch (change.Kind)
            {
                case ChangeKind.Changed when e!.Skeleton == a!.Skeleton:
                    continue; // only element values differ: the element audit reports each
                case ChangeKind.Removed when e!.OnlyElements:
                case ChangeKind.Added when a!.OnlyElements:
                    continue; // an element (or a listing's link) alone: reported as an element or entry
            }
            var shown = a ?? e!;
            var unit = UnitName(shown.Kind);
            if (a is not null && BeyondGuide.Find(a.Text, sourceText + "\n" + (e?.Text ?? ""), materials, charges) is { } beyond)
            {
                Report(bag, ChannelAuditRules.BeyondGuide, origin, a.Element, a.Section, unit, e?.Text ?? "", a.Text,
                    ("what", beyond.What == BeyondGuide.Material ? new MessageText("auditPhrase.aMaterial") : new MessageText("auditPhrase.aFee")),
                    ("request", beyond.Request));
                continue;
            }
            var rule = change.Kind switch
            {
                ChangeKind.Added => ChannelAuditRules.TextAdded,
                ChangeKind.Removed => ChannelAuditRules.TextRemoved,
                _ => ChannelAuditRules.TextChanged,
            };
            Report(bag, rule, origin, shown.Element, shown.Section, unit, e?.Text ?? "", a?.Text ?? "");
        }
    }

    /// <summary>Requests beyond the guide anywhere in <paramref name="units"/> (a page no template renders: nothing to align with).</summary>
    public static void FindBeyond(DiagnosticBag bag, PageOrigin origin, IEnumerable<TextUnit> units, string sourceText)
    {
        var materials = origin.Guide is null ? [] : Materials(origin.Guide);
        var charges = origin.Guide is not null && Charges(origin.Guide);
        foreach (var unit in units)
        {
            if (BeyondGuide.Find(unit.Text, sourceText, materials, charges) is not { } beyond) continue;
            Report(bag, ChannelAuditRules.BeyondGuide, origin, unit.Element, unit.Section, UnitName(unit.Kind), "", unit.Text,
                ("what", beyond.What == BeyondGuide.Material ? new MessageText("auditPhrase.aMaterial") : new MessageText("auditPhrase.aFee")),
                ("request", beyond.Request));
        }
    }

    private static void CompareJson(DiagnosticBag bag, PageOrigin origin, byte[] expected, byte[] served)
    {
        var want = JsonFields.Of(expected, out _);
        var got = JsonFields.Of(served, out var problem);
        if (want is null) return;
        if (got is null)
        {
            Report(bag, ChannelAuditRules.PageUnreadable, origin, null, null, "", "", "", ("detail", problem ?? ""));
            return;
        }
        var changes = JsonFields.Compare(want, got);
        foreach (var group in Entries(changes, want, got))
        {
            var unit = new MessageText("auditPhrase.field", ("path", group.Path));
            if (group.Actual is { } added && BeyondGuide.Find(added, group.Expected ?? "", [], false) is { } beyond)
            {
                Report(bag, ChannelAuditRules.BeyondGuide, origin, null, null, unit, group.Expected ?? "", added,
                    ("what", beyond.What == BeyondGuide.Material ? new MessageText("auditPhrase.aMaterial") : new MessageText("auditPhrase.aFee")),
                    ("request", beyond.Request));
                continue;
            }
            var rule = group.Kind switch
            {
                ChangeKind.Added => ChannelAuditRules.TextAdded,
                ChangeKind.Removed => ChannelAuditRules.TextRemoved,
                _ => ChannelAuditRules.TextChanged,
            };
            Report(bag, rule, origin, null, null, unit, group.Expected ?? "", group.Actual ?? "");
        }
    }

    /// <summary>Whole array entries added or removed are one difference each (the entry's fields joined), not one per field.</summary>
    private static IEnumerable<(ChangeKind Kind, string Path, string? Expected, string? Actual)> Entries(
        List<(ChangeKind Kind, string Path, string? Expected, string? Actual)> changes, Dictionary<string, string> want, Dictionary<string, string> got)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in changes)
        {
            var close = c.Path.LastIndexOf(']');
            if (c.Kind != ChangeKind.Changed && close > 0)
            {
                var entry = c.Path[..(close + 1)];
                var side = c.Kind == ChangeKind.Removed ? want : got;
                var other = c.Kind == ChangeKind.Removed ? got : want;
                var fields = side.Where(f => f.Key.StartsWith(entry, StringComparison.Ordinal)).ToList();
                if (!fields.Any(f => other.ContainsKey(f.Key)))
                {
                    if (!done.Add(entry)) continue;
                    var text = string.Join("，", fields.Select(f => $"{f.Key[entry.Length..].TrimStart('.')}: {JsonFields.Shown(f.Value)}"));
                    yield return c.Kind == ChangeKind.Removed ? (c.Kind, entry, text, null) : (c.Kind, entry, null, text);
                    continue;
                }
            }
            yield return (c.Kind, c.Path, c.Expected is null ? null : JsonFields.Shown(c.Expected), c.Actual is null ? null : JsonFields.Shown(c.Actual));
        }
    }

    /// <summary>On index and region pages the links to regions and guides are what the listing audit checks.</summary>
    private static bool ListingElement(IElement e) =>
        e.HasAttribute("data-el") || (e.LocalName == "a" && e.GetAttribute("href") is { } href && (href.Contains("guides/", StringComparison.Ordinal) || href.Contains("regions/", StringComparison.Ordinal)));

    /// <summary>The search index's script files (search/*.js, see <see cref="Search.SearchIndex"/>): data assigned to a variable.</summary>
    private static bool IsSearchData(string page) =>
        page.EndsWith(".js", StringComparison.Ordinal) && (page.StartsWith(Search.SearchIndex.Folder, StringComparison.Ordinal) || page.Contains("/" + Search.SearchIndex.Folder, StringComparison.Ordinal));

    private static byte[]? ScriptJson(byte[] script)
    {
        var text = Encoding.UTF8.GetString(script).Trim();
        var start = text.IndexOf('=');
        if (start < 0) return null;
        return Encoding.UTF8.GetBytes(text[(start + 1)..].TrimEnd(';'));
    }

    private static List<string> Materials(PreparedGuide guide)
    {
        using var doc = JsonDocument.Parse(guide.Json);
        var names = new List<string>();
        if (doc.RootElement.TryGetProperty("materials", out var materials) && materials.ValueKind == JsonValueKind.Array)
        {
            foreach (var m in materials.EnumerateArray())
            {
                if (m.ValueKind == JsonValueKind.Object && m.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) names.Add(n.GetString()!);
            }
        }
        return names;
    }

    private static bool Charges(PreparedGuide guide)
    {
        using var doc = JsonDocument.Parse(guide.Json);
        return doc.RootElement.TryGetProperty("fees", out var fees) && fees.ValueKind == JsonValueKind.Array
            && fees.EnumerateArray().Any(f => f.ValueKind == JsonValueKind.Object && f.TryGetProperty("charged", out var c) && c.ValueKind == JsonValueKind.True);
    }

    private static MessageArgument UnitName(string kind) => kind switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => new MessageText("auditPhrase.heading"),
        "title" => new MessageText("auditPhrase.pageTitle"),
        "p" => new MessageText("auditPhrase.paragraph"),
        "li" => new MessageText("auditPhrase.listEntry"),
        "tr" => new MessageText("auditPhrase.tableRow"),
        "caption" => new MessageText("auditPhrase.tableCaption"),
        "dt" => new MessageText("auditPhrase.term"),
        "dd" => new MessageText("auditPhrase.description"),
        "script" => new MessageText("auditPhrase.script"),
        "style" => new MessageText("auditPhrase.style"),
        _ when kind.EndsWith("@href", StringComparison.Ordinal) => new MessageText("auditPhrase.linkAddress"),
        _ when kind.EndsWith("@src", StringComparison.Ordinal) || kind.EndsWith("@srcset", StringComparison.Ordinal) => new MessageText("auditPhrase.resourceAddress"),
        _ when kind.EndsWith("@alt", StringComparison.Ordinal) => new MessageText("auditPhrase.altText"),
        _ when kind.EndsWith("@title", StringComparison.Ordinal) || kind.EndsWith("@aria-label", StringComparison.Ordinal) => new MessageText("auditPhrase.label"),
        _ when kind.Contains('@') => new MessageText("auditPhrase.attribute", ("kind", kind)),
        _ => new MessageText("auditPhrase.text"),
    };

    private static MessageArgument Where(string? element, string? section)
    {
        var parts = new List<MessageArgument>(2);
        if (section is not null)
        {
            parts.Add(new MessageText("auditPhrase.underSection", ("section", section)));
        }
        if (element is not null)
        {
            var key = element.Split('.', '[')[0];
            parts.Add(new MessageText("auditPhrase.nearestElement", ("name", ElementNames.Message(key)), ("element", element)));
        }
        return parts.Count == 0
            ? new MessageText("auditPhrase.atTheTopOfThePage")
            : new MessageList("auditPhrase.whereSeparator", parts);
    }

    private static void Report(DiagnosticBag bag, RuleDescriptor rule, PageOrigin origin, string? element, string? section, MessageArgument unit, string expected, string actual, params (string Name, MessageArgument Value)[] extra)
    {
        var at = origin.Source(element);
        var args = new Dictionary<string, MessageArgument>(StringComparer.Ordinal)
        {
            ["channel"] = origin.Channel,
            ["page"] = origin.Page,
            ["unit"] = unit,
            ["where"] = Where(element, section),
            ["expected"] = expected,
            ["actual"] = actual,
        };
        foreach (var (n, v) in extra) args[n] = v;
        bag.Add(new Diagnostic(rule, rule.DefaultSeverity, at.File, Math.Max(1, at.Line), Math.Max(1, at.Column), origin.Item, args)
        {
            Place = element is null ? origin.Page : $"{origin.Page}#{element}",
        });
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
}

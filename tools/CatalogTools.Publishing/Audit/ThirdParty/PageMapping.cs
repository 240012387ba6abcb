using System.Text.Json;
using AngleSharp.Html.Parser;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Audit.ThirdParty;

/// <summary>
/// How to read a channel that does not use our templates (a mini-program's web view, a partner's
/// portal): which files are guide pages, where a page names its item, and a CSS selector per guide
/// element. An element path with <c>[]</c> (<c>materials[].name</c>) maps the selector's matches, in
/// page order, to the entries of that list. See docs/audit-mapping.example.json.
/// </summary>
public sealed record PageMapping(string Name, IReadOnlyList<string> Pages, string ItemSelector, string? ItemAttribute, IReadOnlyDictionary<string, string> Elements, string? TextScope)
{
    public const string FormatName = "catalog-audit-mapping/1";

    /// <summary>The mapping, or null with the reason (bad JSON, a missing field, a selector AngleSharp cannot parse).</summary>
    public static PageMapping? Parse(byte[] json, out MessageText? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "format") != FormatName)
            {
                error = new("channelAudit.notAMapping", ("format", FormatName));
                return null;
            }
            var pages = root.TryGetProperty("pages", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : [];
            if (!root.TryGetProperty("item", out var item) || item.ValueKind != JsonValueKind.Object || Text(item, "selector") is not { } itemSelector)
            {
                error = new("channelAudit.itemSelectorMissing");
                return null;
            }
            var elements = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("elements", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                foreach (var m in e.EnumerateObject())
                {
                    if (m.Value.ValueKind == JsonValueKind.String) elements[m.Name] = m.Value.GetString()!;
                }
            }
            if (pages.Count == 0 || elements.Count == 0)
            {
                error = new("channelAudit.pagesOrElementsEmpty");
                return null;
            }
            var mapping = new PageMapping(Text(root, "name") ?? "third-party", pages, itemSelector, Text(item, "attribute"), elements, Text(root, "text"));
            // Every selector must parse now, not halfway through the audit.
            var probe = new HtmlParser().ParseDocument("");
            foreach (var selector in elements.Values.Append(itemSelector).Concat(mapping.TextScope is null ? [] : [mapping.TextScope]))
            {
                try
                {
                    probe.QuerySelectorAll(selector);
                }
                catch (Exception x) when (x is AngleSharp.Dom.DomException or ArgumentException or InvalidOperationException or FormatException)
                {
                    error = new("channelAudit.invalidSelector", ("selector", selector));
                    return null;
                }
            }
            return mapping;
        }
        catch (JsonException x)
        {
            error = new("channelAudit.reason", ("reason", x.Message));
            return null;
        }
    }

    /// <summary>True when a channel path is one of the guide pages (patterns like <c>guide/*.html</c>; * matches within one folder).</summary>
    public bool IsPage(string path) => Pages.Any(pattern => Matches(pattern, path));

    private static bool Matches(string pattern, string path)
    {
        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", "[^/]*", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(path, regex);
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

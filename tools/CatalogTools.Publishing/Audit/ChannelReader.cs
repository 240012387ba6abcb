using System.Text.Json;
using AngleSharp.Html.Parser;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Guides;

namespace CatalogTools.Publishing.Audit;

/// <summary>What one served page shows: the item it is for, and every marked element value in page order.</summary>
public sealed record ServedPage(string Page, string? Item, bool Complete, IReadOnlyList<GuideElement> Elements, MessageText? Problem);

/// <summary>
/// Reads a channel's output as it is served (possibly edited downstream): HTML through AngleSharp
/// (<c>main[data-item]</c>, <c>[data-el]</c>), mobile JSON through System.Text.Json.
/// </summary>
public static class ChannelReader
{
    /// <summary>The pages of a channel folder that show guides, with whether each must show every element.</summary>
    public static IEnumerable<(string Relative, bool Complete)> GuidePages(IServedFiles served)
    {
        var channel = served.Channel;
        IEnumerable<(string Folder, string Pattern, bool Complete)> kinds = channel switch
        {
            "web" => [("guides", "*.html", true), ("notices", "*.html", false)],
            "kiosk" => [("guides", "*.html", true)],
            "mobile" => [("items", "*.json", true)],
            _ => [],
        };
        foreach (var (folder, pattern, complete) in kinds)
        {
            var extension = pattern[1..];
            foreach (var path in served.Paths)
            {
                if (path.Length > folder.Length + 1 && path.StartsWith(folder, StringComparison.Ordinal) && path[folder.Length] == '/'
                    && path.IndexOf('/', folder.Length + 1) < 0 && path.EndsWith(extension, StringComparison.Ordinal))
                {
                    yield return (path, complete);
                }
            }
        }
    }

    public static ServedPage ReadHtml(string page, string html, bool complete) => ReadHtml(page, new HtmlParser().ParseDocument(html), complete);

    public static ServedPage ReadHtml(string page, AngleSharp.Html.Dom.IHtmlDocument document, bool complete)
    {
        var main = document.QuerySelector("[data-item]");
        if (main is null) return new ServedPage(page, null, complete, [], new MessageText("channelAudit.noDataItem"));
        var elements = new List<GuideElement>();
        foreach (var e in main.QuerySelectorAll("[data-el]"))
        {
            elements.Add(new GuideElement(e.GetAttribute("data-el") ?? "", e.TextContent));
        }
        return new ServedPage(page, main.GetAttribute("data-item"), complete, elements, null);
    }

    public static ServedPage ReadJson(string page, byte[] json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var code = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (code is null) return new ServedPage(page, null, true, [], new MessageText("channelAudit.noCodeInJson"));
            return new ServedPage(page, code, true, GuideElements.Of(doc.RootElement), null);
        }
        catch (JsonException e)
        {
            return new ServedPage(page, null, true, [], new MessageText("channelAudit.reason", ("reason", e.Message)));
        }
    }

    /// <summary>The channel a folder holds: from its manifest, else from its layout.</summary>
    public static string? ChannelOf(string directory)
    {
        var manifestPath = Path.Combine(directory, Bundles.BundleManifest.FileName);
        if (File.Exists(manifestPath))
        {
            var manifest = Bundles.BundleManifest.Parse(File.ReadAllBytes(manifestPath), out _);
            if (manifest is not null) return manifest.Channel;
        }
        if (Directory.Exists(Path.Combine(directory, "items"))) return "mobile";
        if (Directory.Exists(Path.Combine(directory, "notices"))) return "web";
        if (Directory.Exists(Path.Combine(directory, "guides"))) return "kiosk";
        return null;
    }
}

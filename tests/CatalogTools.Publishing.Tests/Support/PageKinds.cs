using System.Text.RegularExpressions;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>One page of a kind: its channel, the kind (the <c>data-page</c> of its &lt;main&gt;) and its path in the bundle.</summary>
public sealed record PageOfKind(string Channel, string Kind, string Path)
{
    public override string ToString() => $"{Channel} {Kind} ({Path})";
}

/// <summary>
/// Finds every kind of page by walking a published bundle, so a page kind added later (listings, entry pages) is
/// tested without naming it here: the kind is the <c>data-page</c> mark of the page's &lt;main&gt; (the mark the
/// audit reads), else its folder; the first page of each kind in path order stands for it.
/// </summary>
public static partial class PageKinds
{
    [GeneratedRegex("<main\\b[^>]*\\bdata-page=\"([^\"]+)\"")]
    private static partial Regex DataPage();

    /// <summary>Every channel folder of <paramref name="bundle"/> that holds HTML pages, with one page of each kind.</summary>
    public static IReadOnlyList<PageOfKind> Of(string bundle)
    {
        var found = new List<PageOfKind>();
        foreach (var channel in Directory.GetDirectories(bundle).Order(StringComparer.Ordinal))
        {
            // A channel is a folder with its manifest; targets/ (content-addressed copies) and metadata/ are trust files.
            if (!File.Exists(Path.Combine(channel, "manifest.json"))) continue;
            var name = Path.GetFileName(channel);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pages = Directory.EnumerateFiles(channel, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(channel, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);
            foreach (var page in pages)
            {
                var kind = KindOf(Path.Combine(channel, page), page);
                if (seen.Add(kind)) found.Add(new PageOfKind(name, kind, $"{name}/{page}"));
            }
        }
        return found;
    }

    private static string KindOf(string file, string relative)
    {
        var match = DataPage().Match(File.ReadAllText(file));
        if (match.Success) return match.Groups[1].Value;
        var slash = relative.IndexOf('/');
        return slash < 0 ? Path.GetFileNameWithoutExtension(relative) : relative[..slash];
    }
}

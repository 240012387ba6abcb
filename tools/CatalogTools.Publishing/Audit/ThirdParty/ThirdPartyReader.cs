using AngleSharp.Dom;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Guides;

namespace CatalogTools.Publishing.Audit.ThirdParty;

/// <summary>Reads one third-party page by its <see cref="PageMapping"/>: the item it shows and the values of the mapped elements.</summary>
public static class ThirdPartyReader
{
    public static ServedPage Read(string page, IDocument document, PageMapping mapping)
    {
        var holder = document.QuerySelector(mapping.ItemSelector);
        var code = holder is null ? null : (mapping.ItemAttribute is { } attribute ? holder.GetAttribute(attribute) : holder.TextContent)?.Trim();
        if (string.IsNullOrEmpty(code)) return new ServedPage(page, null, false, [], new MessageText("channelAudit.noItemCodeAt", ("selector", mapping.ItemSelector)));
        var elements = new List<GuideElement>();
        foreach (var (path, selector) in mapping.Elements)
        {
            var matches = document.QuerySelectorAll(selector);
            var list = path.IndexOf("[]", StringComparison.Ordinal);
            if (list < 0)
            {
                if (matches.Length > 0) elements.Add(new GuideElement(path, VisibleText.Normalize(matches[0].TextContent)));
                continue;
            }
            for (var i = 0; i < matches.Length; i++)
            {
                elements.Add(new GuideElement($"{path[..list]}[{i}]{path[(list + 2)..]}", VisibleText.Normalize(matches[i].TextContent)));
            }
        }
        return new ServedPage(page, code, false, elements, null);
    }

    /// <summary>The element paths a mapping covers for a guide: every source element whose path fits a mapped path.</summary>
    public static IEnumerable<GuideElement> Covered(IEnumerable<GuideElement> source, PageMapping mapping)
    {
        var patterns = mapping.Elements.Keys.Select(k => "^" + System.Text.RegularExpressions.Regex.Escape(k).Replace("\\[]", "\\[[0-9]+]", StringComparison.Ordinal) + "$").ToList();
        return source.Where(e => patterns.Any(p => System.Text.RegularExpressions.Regex.IsMatch(e.Path, p)));
    }
}

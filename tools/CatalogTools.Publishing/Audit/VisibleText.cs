using System.Text;
using AngleSharp.Dom;

namespace CatalogTools.Publishing.Audit;

/// <summary>
/// One thing a person sees on a page: the text of a block (a heading, a paragraph, a list entry, a
/// whole table row, a definition term...), or an attribute shown or followed (a link's address, an
/// image's alt text, a title, a script's source). <see cref="Skeleton"/> is the text with every
/// marked element's value replaced by □, so a difference inside elements only (which the element
/// audit reports) can be told from one around them. <see cref="Element"/> is the nearest marked
/// element (inside the block, or the last before it) and <see cref="Section"/> the heading above.
/// </summary>
public sealed record TextUnit(string Kind, string Text, string Skeleton, string? Element, string? Section)
{
    /// <summary>True when everything the unit shows is element values (its skeleton is only □ and punctuation).</summary>
    public bool OnlyElements => Skeleton.All(c => c == VisibleText.Hole || char.IsWhiteSpace(c) || char.IsPunctuation(c));
}

/// <summary>Flattens an HTML document into the <see cref="TextUnit"/>s a person sees, in page order.</summary>
public static class VisibleText
{
    public const char Hole = '□';

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "body", "head", "title", "p", "li", "tr", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "div", "section", "main",
        "header", "footer", "nav", "article", "aside", "table", "thead", "tbody", "tfoot", "ul", "ol", "dl", "blockquote", "pre", "figure",
        "figcaption", "label", "button", "option", "select", "summary", "details", "address", "form", "fieldset", "legend", "textarea",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript" };

    private static readonly string[] ShownAttributes = ["href", "src", "alt", "title", "aria-label", "placeholder", "value", "action", "content", "srcset", "poster"];

    /// <param name="isElement">Which elements hold a value the element audit checks (data-el; on listing pages also the links to guides and regions).</param>
    public static List<TextUnit> Of(IDocument document, Func<IElement, bool> isElement)
    {
        var units = new List<TextUnit>();
        if (document.DocumentElement is { } root) new Walker(units, isElement).Block(root);
        return units;
    }

    /// <summary>The units of one part of a page (a third-party page's content area).</summary>
    public static List<TextUnit> Of(IElement root, Func<IElement, bool> isElement)
    {
        var units = new List<TextUnit>();
        new Walker(units, isElement).Block(root);
        return units;
    }

    /// <summary>Only data-el spans are elements (guide and notice pages).</summary>
    public static bool MarkedElement(IElement e) => e.HasAttribute("data-el");

    public static string Normalize(string text)
    {
        var b = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = b.Length > 0;
                continue;
            }
            if (space) b.Append(' ');
            space = false;
            b.Append(c);
        }
        return b.ToString();
    }

    private sealed class Walker(List<TextUnit> units, Func<IElement, bool> isElement)
    {
        private string? _lastElement;
        private string? _section;

        public void Block(IElement block)
        {
            var text = new StringBuilder();
            var skeleton = new StringBuilder();
            string? firstElement = null;
            var start = units.Count;
            Attributes(block);
            Inline(block, text, skeleton, ref firstElement, inElement: isElement(block));
            var shown = Normalize(text.ToString());
            if (shown.Length > 0)
            {
                var kind = block.LocalName;
                var unit = new TextUnit(kind, shown, Normalize(skeleton.ToString()), firstElement ?? ElementOf(block) ?? _lastElement, _section);
                // The block's own text goes before the units of blocks nested in it, as it reads.
                units.Insert(start, unit);
                if (kind is "h1" or "h2" or "h3" or "h4" or "h5" or "h6") _section = shown;
            }
        }

        private void Inline(INode node, StringBuilder text, StringBuilder skeleton, ref string? firstElement, bool inElement)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText t:
                        text.Append(t.Data);
                        if (!inElement) skeleton.Append(t.Data);
                        break;
                    case IElement e when Hidden.Contains(e.LocalName):
                        Attributes(e);
                        if (e.TextContent.Trim().Length > 0) units.Add(new TextUnit(e.LocalName, Normalize(e.TextContent), Normalize(e.TextContent), _lastElement, _section));
                        break;
                    case IElement e when Blocks.Contains(e.LocalName):
                        Block(e);
                        break;
                    case IElement e:
                        Attributes(e);
                        var marked = !inElement && isElement(e);
                        if (marked)
                        {
                            _lastElement = ElementOf(e) ?? _lastElement;
                            firstElement ??= _lastElement;
                            skeleton.Append(Hole);
                        }
                        Inline(e, text, skeleton, ref firstElement, inElement || marked);
                        break;
                }
            }
        }

        private void Attributes(IElement e)
        {
            foreach (var name in ShownAttributes)
            {
                var value = e.GetAttribute(name);
                if (value is null || (name == "content" && e.LocalName != "meta") || (name == "value" && e.LocalName is "li" or "meter" or "progress")) continue;
                var kind = $"{e.LocalName}@{name}";
                // A listing's link to a guide or region is checked by the listing audit: its address is an element too.
                var skeleton = name == "href" && isElement(e) ? Hole.ToString() : value;
                units.Add(new TextUnit(kind, value, skeleton, ElementOf(e) ?? _lastElement, _section));
            }
        }

        private static string? ElementOf(IElement e) => e.GetAttribute("data-el") ?? e.Closest("[data-el]")?.GetAttribute("data-el");
    }
}

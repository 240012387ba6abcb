using System.Net;
using Scriban;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// One catalog value as templates see it. Writing <c>{{ x }}</c> renders it HTML-encoded inside
/// <c>&lt;span data-el="path"&gt;</c> (or just encoded when it is not a guide element), so catalog
/// text can never become markup or template code. <c>x.plain</c> is the encoded text without the
/// span (for &lt;title&gt;, attributes); <c>x.value</c> the raw value for conditions.
/// </summary>
public sealed class Leaf(string? path, string text, object? value)
{
    // <span data-el="path"> for a guide element: made once per path and shared by every guide's leaf at that path.
    private readonly string? _openTag;

    /// <summary>A guide element whose opening tag (<see cref="OpenTag"/> of its path) is already made.</summary>
    internal Leaf(string path, string openTag, string text, object? value)
        : this(path, text, value) => _openTag = openTag;

    /// <summary>The element path (<c>materials[0].name</c>), or null for text that is not a guide element.</summary>
    public string? Path { get; } = path;

    /// <summary>The raw text. Never write it into a page unencoded.</summary>
    public string Text { get; } = text;

    /// <summary>The raw value: a string, a number, or a boolean for conditions.</summary>
    public object? Value { get; } = value;

    /// <summary>HTML-encoded text, no marker.</summary>
    public string Plain => WebUtility.HtmlEncode(Text);

    /// <summary>The text as one URL path segment (percent-encoded), HTML-encoded for the attribute it goes into: <c>href="regions/{{ c.code.url }}.html"</c>.</summary>
    public string Url => WebUtility.HtmlEncode(Uri.EscapeDataString(Text));

    /// <summary>
    /// The text as a <c>tel:</c> URI for an href (digits and a leading + only), or null when it is not one
    /// phone number (no digits, or more than 15, e.g. two numbers in one field): then templates show it as text.
    /// </summary>
    public string? Tel
    {
        get
        {
            var digits = Text.Count(char.IsAsciiDigit);
            if (digits is < 3 or > 15) return null;
            var number = new System.Text.StringBuilder("tel:");
            foreach (var c in Text.Trim())
            {
                if (char.IsAsciiDigit(c) || (c == '+' && number.Length == 4)) number.Append(c);
            }
            return number.ToString();
        }
    }

    /// <summary>The text as a <c>mailto:</c> URI (percent-encoded, HTML-encoded for the href), or null when it is not one address.</summary>
    public string? Mailto
    {
        get
        {
            var at = Text.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0 || at != Text.LastIndexOf('@') || at == Text.Length - 1 || Text.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' or '，' or '；' or '、')) return null;
            return WebUtility.HtmlEncode("mailto:" + Uri.EscapeDataString(Text[..at]) + "@" + Uri.EscapeDataString(Text[(at + 1)..]));
        }
    }

    /// <summary>The text as an href when it is an http(s) address (HTML-encoded), else null: a file name or other text is not linked.</summary>
    public string? Href => Uri.TryCreate(Text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        ? WebUtility.HtmlEncode(uri.AbsoluteUri)
        : null;

    public override string ToString() => Path is null
        ? Plain
        : $"<span data-el=\"{WebUtility.HtmlEncode(Path)}\">{Plain}</span>";

    /// <summary>Writes exactly what <see cref="ToString"/> returns, piece by piece (HtmlEncode returns its input when nothing needs encoding).</summary>
    internal void WriteTo(TemplateContext context)
    {
        if (Path is not null)
        {
            context.Write(_openTag ?? OpenTag(Path));
            context.Write(Plain);
            context.Write("</span>");
        }
        else
        {
            context.Write(Plain);
        }
    }

    /// <summary>The opening tag that marks an element: <c>&lt;span data-el="path"&gt;</c>, the path HTML-encoded.</summary>
    internal static string OpenTag(string path) => $"<span data-el=\"{WebUtility.HtmlEncode(path)}\">";

    public static Leaf OfText(string text) => new(null, text, text);
}

/// <summary>Markup the tools produced themselves (JSON-LD already escaped for &lt;script&gt;); rendered as is.</summary>
public sealed class RawMarkup(string markup)
{
    public string Markup { get; } = markup;

    public override string ToString() => Markup;
}

using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Comparison;

/// <summary>Words an element change the way a reviewer reads it, in Chinese or English.</summary>
public static class ElementChangeText
{
    public static string Describe(ElementChange c, Lang lang)
    {
        var element = ElementNames.Of(c.Element, lang);
        var zh = lang == Lang.Zh;
        var sep = zh ? "：" : ": ";
        var from = c.FromText(lang);
        var to = c.ToText(lang);
        return (c.Kind, c.Subject is null) switch
        {
            (ChangeKind.Added, false) => zh ? $"{element}{sep}增加『{c.Subject}』" : $"{element}{sep}added '{c.Subject}'",
            (ChangeKind.Removed, false) => zh ? $"{element}{sep}删除『{c.Subject}』" : $"{element}{sep}removed '{c.Subject}'",
            (ChangeKind.Changed, false) => zh ? $"{element}{sep}『{c.Subject}』{from} → {to}" : $"{element}{sep}'{c.Subject}' {from} → {to}",
            (ChangeKind.Added, true) => zh ? $"{element}{sep}新增 {to}" : $"{element}{sep}set to {to}",
            (ChangeKind.Removed, true) => zh ? $"{element}{sep}删除（原为 {from}）" : $"{element}{sep}removed (was {from})",
            _ => $"{element}{sep}{from} → {to}",
        };
    }
}

using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Comparison;

/// <summary>Words an element change the way a reviewer reads it, in Chinese or English.</summary>
public static class ElementChangeText
{
    public static string Describe(ElementChange c, Lang lang)
    {
        var element = ElementNames.Of(c.Element, lang);
        var sep = Messages.Text(lang, "change.separator");
        var from = c.FromText(lang);
        var to = c.ToText(lang);
        return (c.Kind, c.Subject is null) switch
        {
            (ChangeKind.Added, false) => Messages.Format(lang, "change.added", ("element", element), ("sep", sep), ("subject", c.Subject)),
            (ChangeKind.Removed, false) => Messages.Format(lang, "change.removed", ("element", element), ("sep", sep), ("subject", c.Subject)),
            (ChangeKind.Changed, false) => Messages.Format(lang, "change.changedFromTo", ("element", element), ("sep", sep), ("subject", c.Subject), ("from", from), ("to", to)),
            (ChangeKind.Added, true) => Messages.Format(lang, "change.setTo", ("element", element), ("sep", sep), ("to", to)),
            (ChangeKind.Removed, true) => Messages.Format(lang, "change.removedWas", ("element", element), ("sep", sep), ("from", from)),
            _ => $"{element}{sep}{from} → {to}",
        };
    }
}

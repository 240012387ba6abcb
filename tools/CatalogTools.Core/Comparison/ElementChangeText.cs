using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Comparison;

/// <summary>Words an element change the way a reviewer reads it, in Chinese or English.</summary>
public static class ElementChangeText
{
    public static string Describe(ElementChange c, Lang lang) => Message(c).In(lang);

    /// <summary>The change as a message (<c>change.*</c>), worded in the reader's language.</summary>
    public static MessageText Message(ElementChange c)
    {
        var element = ElementNames.Message(c.Element);
        var sep = new MessageText("change.separator");
        object? from = c.From;
        object? to = c.To;
        return (c.Kind, c.Subject is null) switch
        {
            (ChangeKind.Added, false) => new("change.added", ("element", element), ("sep", sep), ("subject", c.Subject)),
            (ChangeKind.Removed, false) => new("change.removed", ("element", element), ("sep", sep), ("subject", c.Subject)),
            (ChangeKind.Changed, false) => new("change.changedFromTo", ("element", element), ("sep", sep), ("subject", c.Subject), ("from", from), ("to", to)),
            (ChangeKind.Added, true) => new("change.setTo", ("element", element), ("sep", sep), ("to", to)),
            (ChangeKind.Removed, true) => new("change.removedWas", ("element", element), ("sep", sep), ("from", from)),
            _ => new("change.changed", ("element", element), ("sep", sep), ("from", from), ("to", to)),
        };
    }
}

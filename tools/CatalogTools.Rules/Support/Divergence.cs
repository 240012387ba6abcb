using CatalogTools.Core.Comparison;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Model;

namespace CatalogTools.Rules.Support;

/// <summary>
/// Where an implementation's own copy of standardized elements differs from its standard, and
/// how to say so. Only the elements the implementation wrote are compared: inheriting is conforming.
/// </summary>
public static class Divergence
{
    /// <summary>Every element change, the name included; empty when the implementation wrote nothing of its own.</summary>
    public static List<ElementChange> Of(Implementation implementation, StandardItem standard) =>
        implementation.Own.IsEmpty ? [] : ElementComparer.Compare(standard.Elements, implementation.Own, onlyWhereRightHas: true);

    /// <summary>"申请材料：增加『户口簿复印件』，标准中没有" in the caller's language.</summary>
    public static string Describe(ElementChange change, Lang lang) => Message(change).In(lang);

    /// <summary>The difference as a message, worded in the reader's language.</summary>
    public static MessageText Message(ElementChange change)
    {
        var element = ElementNames.Message(change.Element);
        object? from = change.From;
        object? to = change.To;
        return (change.Kind, change.Subject is null) switch
        {
            (ChangeKind.Added, false) => new("divergence.whichTheStandardDoesNot", ("describe", ElementChangeText.Message(change))),
            (ChangeKind.Removed, false) => new("divergence.whichTheStandardHas", ("describe", ElementChangeText.Message(change))),
            (ChangeKind.Changed, false) => new("divergence.theStandardHasThisHas", ("element", element), ("subject", change.Subject), ("fromText", from), ("toText", to)),
            (ChangeKind.Changed, true) => new("divergence.theStandardHasThisHas2", ("element", element), ("fromText", from), ("toText", to)),
            _ => ElementChangeText.Message(change),
        };
    }

    /// <summary>All changes as one argument, separated by "；" ("; " in English).</summary>
    public static MessageArgument DescribeAll(IReadOnlyList<ElementChange> changes) =>
        new MessageList("divergence.separator", [.. changes.Select(c => (MessageArgument)Message(c))]);

    /// <summary>The position of a change: the entry the office wrote, else the element's key, else the item.</summary>
    public static SourceRef PositionOf(ElementChange change, Implementation implementation)
    {
        if (change.Subject is not null && change.Kind != ChangeKind.Removed)
        {
            var own = implementation.Own;
            var entry = change.Element switch
            {
                "materials" => own.Materials?.FirstOrDefault(m => m.Name == change.Subject)?.Source,
                "steps" => own.Steps?.FirstOrDefault(s => s.Name == change.Subject)?.Source,
                "fees" => own.Fees?.FirstOrDefault(f => f.Name == change.Subject)?.Source,
                "basis" => own.Basis?.FirstOrDefault(b => b.ToString() == change.Subject)?.Source,
                _ => null,
            };
            if (entry is not null) return entry.Value;
        }
        return implementation.Fields.Of(change.Element, implementation.Source);
    }
}

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
    public static string Describe(ElementChange change, Lang lang)
    {
        var element = ElementNames.Of(change.Element, lang);
        return (change.Kind, change.Subject is null) switch
        {
            (ChangeKind.Added, false) => Messages.Format(lang, "divergence.whichTheStandardDoesNot", ("describe", change.Describe(lang))),
            (ChangeKind.Removed, false) => Messages.Format(lang, "divergence.whichTheStandardHas", ("describe", change.Describe(lang))),
            (ChangeKind.Changed, false) => Messages.Format(lang, "divergence.theStandardHasThisHas", ("element", element), ("subject", change.Subject), ("fromText", change.FromText(lang)), ("toText", change.ToText(lang))),
            (ChangeKind.Changed, true) => Messages.Format(lang, "divergence.theStandardHasThisHas2", ("element", element), ("fromText", change.FromText(lang)), ("toText", change.ToText(lang))),
            _ => change.Describe(lang),
        };
    }

    /// <summary>All changes as one localized argument, separated by "；".</summary>
    public static string DescribeAll(IReadOnlyList<ElementChange> changes) => MessageTemplateFormatter.Localized(
        string.Join("；", changes.Select(c => Describe(c, Lang.Zh))),
        string.Join("; ", changes.Select(c => Describe(c, Lang.En))));

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

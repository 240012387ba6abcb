using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Matching;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Materials;

/// <summary>
/// A material whose name is close to a cancelled proof or an e-licence but not proven the same
/// (a contained name, the name without its bracketed qualifier, one character off). Reported by
/// CAT0050 and CAT0051 as they match, so this rule's own pass does nothing; the report counts the
/// same materials as "not proven met".
/// </summary>
public sealed class RegistryNearMissRule : ICatalogRule
{
    public static readonly RuleDescriptor Rule = new(RuleIds.RegistryNearMiss, category: "material", severity: Severity.Warning);

    public static readonly MessageText CancelledProofs = new MessageText("rulePhrase.cancelledProofList");
    public static readonly MessageText ELicences = new MessageText("rulePhrase.eLicenceCatalog");

    public RuleDescriptor Descriptor => Rule;

    public void Check(CatalogIndex index, RuleContext context)
    {
    }

    /// <param name="matched">The registry name or alias that came close; named when it is an alias.</param>
    public static void Report(RuleContext context, Material material, string itemCode, MessageText registry, string matched, string entryName, string entry)
    {
        MessageArgument via = matched == entryName ? "" : new MessageText("rulePhrase.viaAlias", ("alias", matched));
        context.Diagnostics.Report(Rule, material.Source, itemCode, ("material", VisibleText.Of(material.Name)), ("registry", registry), ("entry", entry), ("via", via));
    }
}

using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Standardization;

/// <summary>
/// The standard changed under an implementation that did not: its own elements now differ from the
/// new standard. An info at the implementation that names the standard's change, not an instruction
/// to copy it (the county that kept its own correct list is not blamed for the province's edit).
/// Reported by CAT0030 in place of itself and of CAT0034 (see <see cref="Blame"/>); this rule's own
/// pass does nothing.
/// </summary>
public sealed class StandardChangedUnderRule : ICatalogRule
{
    public static readonly RuleDescriptor Rule = new(RuleIds.StandardChangedUnder, category: "standard", severity: Severity.Info);

    public RuleDescriptor Descriptor => Rule;

    public void Check(CatalogIndex index, RuleContext context)
    {
    }

    public static void Report(RuleContext context, CatalogIndex index, Implementation implementation, StandardItem standard, MessageArgument changes, SourceRef at) =>
        context.Diagnostics.Report(Rule, at, implementation.Code,
            ("standard", standard.Code), ("standardFile", standard.Source.File), ("region", Names.Region(index, implementation.Region)), ("changes", changes));
}

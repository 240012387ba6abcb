using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Rules.Foundation;

namespace CatalogTools.Rules;

/// <summary>Every rule <c>catalog check</c> runs, built once and shared.</summary>
public static class RuleSet
{
    public static IReadOnlyList<ICatalogRule> All { get; } =
    [
        new UnknownRegionRule(),
        new UnknownAgencyRule(),
        new UnknownLawRule(),
        new UnknownStandardRule(),
        new UnknownLicenceRule(),
        new RegionCodeRule(),
        new CreditCodeRule(),
        new BasicCodeRule(),
        new ImplementationCodeRule(),
        new DuplicateCodeRule(),
        new RegionHierarchyRule(),
        new MissingRegistryRule(),
    ];

    /// <summary>Every descriptor: the loader's and the rules', sorted by id (for `catalog rules` and docs).</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        LoadRules.All.Concat(All.Select(r => r.Descriptor)).Concat(Channels.ChannelAuditRules.All).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
}

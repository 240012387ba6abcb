using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Rules.Fees;
using CatalogTools.Rules.Foundation;
using CatalogTools.Rules.LegalBasis;
using CatalogTools.Rules.Levels;
using CatalogTools.Rules.Materials;
using CatalogTools.Rules.Service;
using CatalogTools.Rules.ServiceModes;
using CatalogTools.Rules.Standardization;
using CatalogTools.Rules.Steps;
using CatalogTools.Rules.TimeLimits;

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
        new DivergesFromStandardRule(),
        new DivergenceSummaryRule(),
        new SameCodeDifferentNameRule(),
        new SameNameDifferentCodeRule(),
        new BeyondStandardRule(),
        new RetiredStandardInUseRule(),
        new StandardChangedUnderRule(),
        new LevelNotAllowedRule(),
        new AgencyOutsideRegionRule(),
        new PromisedExceedsStatutoryRule(),
        new ImmediateMismatchRule(),
        new StepLimitsExceedPromiseRule(),
        new CompressionBelowTargetRule(),
        new CancelledProofRule(),
        new ELicenceNotExemptRule(),
        new RegistryNearMissRule(),
        new MaterialIncompleteRule(),
        new FormIncompleteRule(),
        new FeeWithoutBasisRule(),
        new FeeOnFreeItemRule(),
        new MissingLegalBasisRule(),
        new RepealedLawRule(),
        new StepOrderRule(),
        new DepthVisitsRule(),
        new DepthChannelsRule(),
        new GuideIncompleteRule(),
        new MalformedPhoneRule(),
        new MalformedEmailRule(),
        new GuideContentMissingRule(),
        new ContactEmailMissingRule(),
        new StepLimitMissingRule(),
        new BundleMemberRule(),
        new BundleLimitRule(),
        new BundleVisitsRule(),
        new BundleMaterialTwiceRule(),
        new UnknownIntermediaryRule(),
        new AssistanceContactRule(),
        new AssistanceNotOfferedRule(),
        new CommitmentConditionRule(),
    ];

    /// <summary>Every descriptor: the loader's and the rules', sorted by id (for `catalog rules` and docs).</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        LoadRules.All.Concat(FormatRules.All).Concat(LockRules.All).Concat(WorkbookRules.All).Concat(Channels.ChannelAuditRules.All).Concat(Channels.ChannelSiteRules.All).Concat(Channels.ChannelFleetRules.All).Concat(Channels.ChannelTrustRules.All).Concat(Channels.ChannelPullRules.All).Concat(All.Select(r => r.Descriptor))
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
}

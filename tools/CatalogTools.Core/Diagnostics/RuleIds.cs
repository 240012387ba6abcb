namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// Every rule id in one place. Ids are never reused: a withdrawn rule keeps its number.
/// CAT0001–CAT0029: reading files and references (foundation);
/// CAT0030–CAT0099: standardization and policy rules;
/// CAT0100–CAT0149: lock and history; CAT0150–CAT0199: spreadsheets; CAT0200–CAT0249: channels.
/// </summary>
public static class RuleIds
{
    public const string YamlSyntax = "CAT0001";
    public const string DuplicateKey = "CAT0002";
    public const string NotUtf8 = "CAT0003";
    public const string SchemaViolation = "CAT0004";
    public const string UnknownFileKind = "CAT0005";
    public const string FileNameMismatch = "CAT0006";
    public const string UnknownRegion = "CAT0007";
    public const string UnknownAgency = "CAT0008";
    public const string UnknownLaw = "CAT0009";
    public const string UnknownStandard = "CAT0010";
    public const string UnknownLicence = "CAT0011";
    public const string MalformedRegionCode = "CAT0012";
    public const string MalformedCreditCode = "CAT0013";
    public const string MalformedBasicCode = "CAT0014";
    public const string MalformedImplementationCode = "CAT0015";
    public const string DuplicateCode = "CAT0016";
    public const string RegionHierarchy = "CAT0017";
    public const string InvalidSuppression = "CAT0018";
    public const string MissingRegistry = "CAT0019";
    public const string NotCanonical = "CAT0020";
    public const string InputLimit = "CAT0025";

    // CAT0030–CAT0099: standardization and policy rules (issue 3).
    public const string DivergesFromStandard = "CAT0030";
    public const string DivergenceSummary = "CAT0031";
    public const string SameCodeDifferentName = "CAT0032";
    public const string SameNameDifferentCode = "CAT0033";
    public const string BeyondStandard = "CAT0034";
    public const string RetiredStandardInUse = "CAT0035";
    public const string StandardChangedUnder = "CAT0036";
    public const string LevelNotAllowed = "CAT0040";
    public const string AgencyOutsideRegion = "CAT0041";
    public const string PromisedExceedsStatutory = "CAT0045";
    public const string ImmediateMismatch = "CAT0046";
    public const string StepLimitsExceedPromise = "CAT0047";
    public const string CompressionBelowTarget = "CAT0048";
    public const string CancelledProof = "CAT0050";
    public const string ELicenceNotExempt = "CAT0051";
    public const string MaterialIncomplete = "CAT0052";
    public const string RegistryNearMiss = "CAT0053";
    public const string FeeWithoutBasis = "CAT0055";
    public const string FeeOnFreeItem = "CAT0056";
    public const string MissingLegalBasis = "CAT0060";
    public const string RepealedLaw = "CAT0061";
    public const string StepOrder = "CAT0065";
    public const string DepthVisits = "CAT0070";
    public const string DepthChannels = "CAT0071";
    public const string GuideIncomplete = "CAT0072";
    public const string MalformedPhone = "CAT0073";
    public const string MalformedEmail = "CAT0074";
    // Guide completeness (issue 15 point 3); CAT0075–CAT0089 are the service modes' (issue 15 point 2).
    public const string FormIncomplete = "CAT0090";
    public const string GuideContentMissing = "CAT0091";
    public const string ContactEmailMissing = "CAT0092";
    public const string StepLimitMissing = "CAT0093";
    // CAT0075–CAT0089: service modes (一件事, 告知承诺, 帮办代办, 中介服务, 网上可办例外)
    public const string BundleMember = "CAT0075";
    public const string BundleLimitWorse = "CAT0076";
    public const string BundleVisitsWorse = "CAT0077";
    public const string BundleMaterialTwice = "CAT0078";
    public const string UnknownIntermediary = "CAT0079";
    public const string AssistanceWithoutContact = "CAT0080";
    public const string AssistanceNotOffered = "CAT0081";
    public const string CommitmentConditionUnknown = "CAT0082";
    // CAT0150–CAT0199: spreadsheets (catalog import), see tools/CatalogTools.Excel/WorkbookRules.cs
    public const string WorkbookUnreadable = "CAT0150";
    public const string UnknownColumn = "CAT0151";
    public const string MissingColumn = "CAT0152";
    public const string MissingSheet = "CAT0153";
    public const string UnknownSheet = "CAT0154";
    public const string RowWithoutCode = "CAT0155";
    public const string DuplicateRow = "CAT0156";
    public const string UnmatchedCode = "CAT0157";
    public const string ItemRowRemoved = "CAT0158";
    public const string BadCellValue = "CAT0159";
    public const string WorkbookVersion = "CAT0160";
    public const string HiddenData = "CAT0161";
    public const string WorkbookLimit = "CAT0165";
    public const string UncalculatedFormula = "CAT0166";
    public const string DeletionNeedsConsent = "CAT0167";
    public const string RenamedColumn = "CAT0170";
    public const string CellInvalid = "CAT0171";
    public const string BundleMemberNotAnItem = "CAT0172";
    public const string BundleUnmatchedCode = "CAT0173";
    public const string BundleRowRemoved = "CAT0174";
    // CAT0100–CAT0149: catalog.lock and git (descriptors in LockRules.cs).
    public const string LockMissing = "CAT0100";
    public const string LockStale = "CAT0101";
    public const string RetiredCodeReused = "CAT0102";
    public const string CodeRemovedWithoutRetirement = "CAT0103";
    public const string LockVersionBackwards = "CAT0104";
    public const string LockEntryRemoved = "CAT0105";
    public const string LockMalformed = "CAT0106";
    public const string LockVersionNotRaised = "CAT0107";
    public const string GitUnreadable = "CAT0110";
    // CAT0200–CAT0249: channels and the same-source audit (要素同源自查), issue 5.
    public const string ChannelElementMissing = "CAT0200";
    public const string ChannelElementDiffers = "CAT0201";
    public const string ChannelElementExtra = "CAT0202";
    public const string ChannelItemMissing = "CAT0203";
    public const string ChannelItemUnknown = "CAT0204";
    public const string ChannelPageUnreadable = "CAT0205";
    public const string ChannelPageMissing = "CAT0206";
    public const string ChannelListingMissing = "CAT0207";
    public const string ChannelListingWrong = "CAT0208";

    // What a citizen sees beyond the marked elements (issue 16); CAT0220 on, so other channel rules may take CAT0209–CAT0219.
    public const string ChannelTextAdded = "CAT0220";
    public const string ChannelTextRemoved = "CAT0221";
    public const string ChannelTextChanged = "CAT0222";
    public const string ChannelBeyondGuide = "CAT0223";
    public const string ChannelPageExtra = "CAT0224";
    public const string ChannelAuditIncomplete = "CAT0225";

    // What publish says about the channels' own settings (issue 17).
    public const string ChannelSiteMissing = "CAT0230";

    // Which version each channel serves (catalog audit --fleet, issue 16 point 4): CAT0270–CAT0279.
    public const string FleetChannelServes = "CAT0270";
    public const string FleetChannelBehind = "CAT0271";
    public const string FleetChannelExpired = "CAT0272";
    public const string FleetChannelForked = "CAT0273";
    public const string FleetStatusUnreadable = "CAT0274";
    // The channels' ways in (issue 17 point 2).
    public const string ChannelThemeUnknownStandard = "CAT0235";
    // Trust metadata (root, targets, snapshot, timestamp), issue 16 point 1: verify-bundle --root and the pull client.
    public const string TrustThreshold = "CAT0240";
    public const string TrustExpired = "CAT0241";
    public const string TrustRollback = "CAT0242";
    public const string TrustMismatch = "CAT0243";
    public const string TrustInvalid = "CAT0244";
    public const string TrustRootRotation = "CAT0245";
    public const string TrustUnsafeTarget = "CAT0246";

    // What `catalog pull` (the channel client, issue 16) refuses: each attack TUF names that applies.
    public const string PullRollback = "CAT0250";
    public const string PullFreeze = "CAT0251";
    public const string PullMixAndMatch = "CAT0252";
    public const string PullFastForward = "CAT0253";
    public const string PullEndlessData = "CAT0254";
    public const string PullArbitraryFile = "CAT0255";
    public const string PullTooFewSignatures = "CAT0256";
    public const string PullRevokedKey = "CAT0257";
    public const string PullFileTampered = "CAT0258";
    public const string PullUnreachable = "CAT0259";
    public const string PullMetadataInvalid = "CAT0260";
}

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

    // CAT0200–CAT0249: channels and the same-source audit (要素同源自查), issue 5.
    public const string ChannelElementMissing = "CAT0200";
    public const string ChannelElementDiffers = "CAT0201";
    public const string ChannelElementExtra = "CAT0202";
    public const string ChannelItemMissing = "CAT0203";
    public const string ChannelItemUnknown = "CAT0204";
    public const string ChannelPageUnreadable = "CAT0205";
}

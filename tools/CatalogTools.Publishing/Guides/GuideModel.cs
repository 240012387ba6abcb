namespace CatalogTools.Publishing.Guides;

/// <summary>
/// The one view model every channel renders: a resolved guide (implementation over its standard)
/// with the registry data it names (region, agency, laws). Property order is the canonical JSON
/// order; null properties are left out. Every value here is an element (要素) that every channel
/// must show and that `catalog audit` reads back.
/// </summary>
public sealed record GuideModel(
    string Code,
    string Standard,
    string? Suffix,
    string Name,
    string Type,
    string Status,
    IReadOnlyList<string> ServiceObjects,
    IReadOnlyList<string> Levels,
    GuideRegion Region,
    GuideAgency Agency,
    IReadOnlyList<GuideBasis> Basis,
    IReadOnlyList<string> Conditions,
    GuideLimit? StatutoryLimit,
    GuideLimit? PromisedLimit,
    string? HandlingType,
    IReadOnlyList<GuideMaterial> Materials,
    IReadOnlyList<GuideStep> Steps,
    IReadOnlyList<GuideFee> Fees,
    GuideAppointment? Appointment,
    string? OnlineDepth,
    int? Visits,
    IReadOnlyList<string> Channels,
    string? Address,
    string? Hours,
    GuideContact? Consultation,
    GuideContact? Complaint,
    string? CrossRegion,
    IReadOnlyList<string> Notes)
{
    // Service modes (issue 15): left out of the JSON when the item has none, so other guides keep their bytes.

    /// <summary>告知承诺: conditions a signed commitment may stand for.</summary>
    public IReadOnlyList<string>? CommitmentConditions { get; init; }

    /// <summary>帮办代办 as published.</summary>
    public GuideAssistance? Assistance { get; init; }

    /// <summary>中介服务 the item relies on, with their own limit, fee and basis.</summary>
    public IReadOnlyList<GuideIntermediary>? Intermediaries { get; init; }

    /// <summary>Why the item is not handled online (涉密 / 法律另有规定) and on what basis.</summary>
    public GuideExemption? OnlineExemption { get; init; }

    /// <summary>The active 一件事 the item is a member of.</summary>
    public IReadOnlyList<GuideBundle>? Bundles { get; init; }
}

public sealed record GuideAssistance(bool Offered, string? Hotline, string? Note);

public sealed record GuideIntermediary(string Code, string Name, GuideLimit? Limit, bool Charged, decimal? Amount, string? FeeStandard, GuideBasis? Basis);

public sealed record GuideExemption(string Reason, GuideBasis? Basis);

/// <summary>A 一件事: its combined limit, visits and materials, and its members (code and name).</summary>
public sealed record GuideBundle(string Code, string Name, GuideLimit? PromisedLimit, int? Visits, IReadOnlyList<GuideBundleMember> Members, IReadOnlyList<string> Materials);

public sealed record GuideBundleMember(string Code, string Name);

public sealed record GuideRegion(string Code, string Name, string? Level);

public sealed record GuideAgency(string Code, string Name);

/// <summary>A legal basis with the law's registered document number (文号) and issuer.</summary>
public sealed record GuideBasis(string Law, string? Article, string? DocumentNumber, string? Issuer);

public sealed record GuideLimit(int Days, string Unit);

public sealed record GuideMaterial(
    string Name,
    string? Form,
    int? Copies,
    bool? Required,
    bool? Signature,
    bool? Seal,
    string? Source,
    string? BlankForm,
    string? Sample,
    string? FillNotes,
    string? Licence,
    string? LicenceName,
    bool? Exempt)
{
    /// <summary>告知承诺: a signed commitment may replace this material.</summary>
    public bool? Commitment { get; init; }
}

public sealed record GuideStep(string Name, int Order, GuideLimit? Limit, string? Post);

public sealed record GuideFee(string Name, bool Charged, decimal? Amount, string? Standard, GuideBasis? Basis);

public sealed record GuideAppointment(bool Supported, string? Methods);

public sealed record GuideContact(string Phone, string? Email);

namespace CatalogTools.Core.Model;

/// <summary>
/// 帮办代办 published for an implementation: whether staff help with or handle the application on the
/// applicant's behalf (for the elderly on every item: 《平顶山市一体化政务服务能力提升实施方案》39), and whom to call.
/// </summary>
public sealed record Assistance(bool Offered, string? Hotline, string? Note, SourceRef Source);

/// <summary>
/// Why an item is exempt from 网上可办: 涉密, or 法律另有规定 with the provision that says so
/// (《哈尔滨市“一网通办”向基层延伸工作方案》二(三)). Exempt items leave the online figures.
/// </summary>
public sealed record OnlineExemption(string Reason, LegalBasis? Basis, SourceRef Source);

/// <summary>
/// One intermediary service (中介服务) an item relies on, from registries/intermediary-services.yaml:
/// its own time limit, fee and legal basis (《黑龙江省加快推进“互联网+政务服务”工作方案》二(一)5, 中介服务事项清单).
/// </summary>
public sealed record IntermediaryService(
    string Code,
    string Name,
    TimeLimit? Limit,
    bool Charged,
    decimal? Amount,
    string? FeeStandard,
    LegalBasis? Basis,
    SourceRef Source);

/// <summary>
/// A 一件事 (bundled "one thing" service, 一件事一次办): member implementations of several agencies
/// handled as one application with its own combined materials, promised limit and visits.
/// </summary>
public sealed class ServiceBundle
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    public string? LeadAgency { get; init; }
    public required string Status { get; init; }
    public required IReadOnlyList<string> Members { get; init; }
    public TimeLimit? PromisedLimit { get; init; }
    public int? Visits { get; init; }
    public Contact? Consultation { get; init; }
    public IReadOnlyList<Material> Materials { get; init; } = [];
    public required SourceRef Source { get; init; }
    public required FieldPositions Fields { get; init; }

    /// <summary>Where each member code is written, in the order of <see cref="Members"/>.</summary>
    public IReadOnlyList<SourceRef> MemberSources { get; init; } = [];

    public bool IsActive => Status == Vocabulary.Active;
}

namespace CatalogTools.Core.Model;

/// <summary>A region (行政区划): GB/T 2260 six digits or the 12-digit statistical code.</summary>
public sealed record Region(string Code, string Name, string Level, string? Parent, SourceRef Source);

/// <summary>An implementing agency (实施主体), known by its unified social credit code.</summary>
public sealed record Agency(string Code, string Name, string Region, SourceRef Source);

/// <summary>A law or regulation that items cite as their basis.</summary>
public sealed record Law(string Title, string? DocumentNumber, string? Issuer, string Status, string? RepealedOn, SourceRef Source)
{
    public bool InForce => Status == "有效";
}

/// <summary>
/// A proof on the cancelled list (未取消到位的证明材料清单 is checked against it): its name, the
/// names editors write for it, and the items the cancellation applies to (every item when empty).
/// </summary>
public sealed record CancelledProof(string Name, string? Document, SourceRef Source)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public CancellationScope Scope { get; init; } = CancellationScope.Everywhere;

    public IEnumerable<string> Names() => Aliases.Prepend(Name);

    /// <summary>Equality of content (lists by their elements), so registry deltas see real changes only.</summary>
    public bool Equals(CancelledProof? other) =>
        other is not null && Name == other.Name && Document == other.Document && Source == other.Source
        && Aliases.SequenceEqual(other.Aliases) && Scope.Equals(other.Scope);

    public override int GetHashCode() => HashCode.Combine(Name, Document, Source, Aliases.Count);
}

/// <summary>
/// Where a cancellation applies: the standard items (basic codes) and item types it names; both
/// empty means everywhere. A proof cancelled only for 申请最低生活保障 names that item here, instead
/// of writing the scope into the proof's name.
/// </summary>
public sealed record CancellationScope(IReadOnlyList<string> Items, IReadOnlyList<string> Types)
{
    public static readonly CancellationScope Everywhere = new([], []);

    public bool IsEverywhere => Items.Count == 0 && Types.Count == 0;

    /// <summary>True when the cancellation applies to an item of this standard (basic code and type).</summary>
    public bool Covers(string standardCode, string itemType) =>
        IsEverywhere || Items.Contains(standardCode) || Types.Contains(itemType);

    public bool Equals(CancellationScope? other) =>
        other is not null && Items.SequenceEqual(other.Items) && Types.SequenceEqual(other.Types);

    public override int GetHashCode() => HashCode.Combine(Items.Count, Types.Count);
}

/// <summary>A certificate the e-licence library holds (电子证照目录), with the names editors write for it.</summary>
public sealed record ELicence(string Code, string Name, string? Issuer, SourceRef Source)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IEnumerable<string> Names() => Aliases.Prepend(Name);

    public bool Equals(ELicence? other) =>
        other is not null && Code == other.Code && Name == other.Name && Issuer == other.Issuer && Source == other.Source
        && Aliases.SequenceEqual(other.Aliases);

    public override int GetHashCode() => HashCode.Combine(Code, Name, Issuer, Source);
}

/// <summary>The province's policy: thresholds (shares as 0–1) and per-rule severities.</summary>
public sealed class Policy
{
    public static readonly IReadOnlyDictionary<string, double> DefaultThresholds = new Dictionary<string, double>
    {
        ["compressionNaturalPerson"] = 0.75,
        ["compressionLegalPerson"] = 0.70,
        ["immediateShare"] = 0.40,
        ["averageVisits"] = 0.1,
        ["depthLevel3Share"] = 0.99,
        ["depthLevel4Share"] = 0.90,
        ["onlineShare"] = 1.0,
        ["fullyOnlineShare"] = 0.5,
        ["mostOneVisitShare"] = 0.99,
    };

    public Dictionary<string, double> Thresholds { get; } = new(DefaultThresholds);

    public Dictionary<string, Diagnostics.Severity> Severities { get; } = new(StringComparer.Ordinal);

    public double Threshold(string key) => Thresholds.TryGetValue(key, out var v) ? v : DefaultThresholds.GetValueOrDefault(key);

    /// <summary>The import default: removing more than half of an item's materials or steps needs --allow-deletions.</summary>
    public const double DefaultMaxDeletedShare = 0.5;

    /// <summary>import.maxDeletedShare: the share of an item's materials or steps an import may remove without --allow-deletions.</summary>
    public double MaxDeletedShare { get; set; } = DefaultMaxDeletedShare;
}

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

/// <summary>A proof on the cancelled list (未取消到位的证明材料清单 is checked against it).</summary>
public sealed record CancelledProof(string Name, string? Document, SourceRef Source);

/// <summary>A certificate the e-licence library holds (电子证照目录).</summary>
public sealed record ELicence(string Code, string Name, string? Issuer, SourceRef Source);

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

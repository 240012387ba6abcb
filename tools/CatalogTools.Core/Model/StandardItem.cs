namespace CatalogTools.Core.Model;

/// <summary>
/// A standard item (基本目录事项), defined once by the level that owns the standard. All its
/// standardized elements are present (the schema requires them).
/// </summary>
public sealed class StandardItem
{
    public required string Code { get; init; }
    public required string Status { get; init; }
    public required IReadOnlyList<string> Levels { get; init; }
    public required StandardElements Elements { get; init; }
    public string? RetiredOn { get; init; }

    /// <summary>告知承诺: conditions (as written in <c>conditions</c>) a signed commitment may stand for.</summary>
    public IReadOnlyList<string> CommitmentConditions { get; init; } = [];

    /// <summary>Codes of the intermediary services (registries/intermediary-services.yaml) the item relies on.</summary>
    public IReadOnlyList<string> Intermediaries { get; init; } = [];

    /// <summary>Exemption from 网上可办 (涉密 / 法律另有规定), or null.</summary>
    public OnlineExemption? OnlineExemption { get; init; }
    public required SourceRef Source { get; init; }

    /// <summary>Where each top-level key was written, for diagnostics on a whole element.</summary>
    public required FieldPositions Fields { get; init; }

    public string Name => Elements.Name ?? "";
    public string Type => Elements.Type ?? "";
    public bool IsActive => Status == Vocabulary.Active;
}

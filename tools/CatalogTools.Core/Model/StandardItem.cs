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
    public required SourceRef Source { get; init; }

    /// <summary>Where each top-level key was written, for diagnostics on a whole element.</summary>
    public required FieldPositions Fields { get; init; }

    public string Name => Elements.Name ?? "";
    public string Type => Elements.Type ?? "";
    public bool IsActive => Status == Vocabulary.Active;
}

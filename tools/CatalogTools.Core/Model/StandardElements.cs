namespace CatalogTools.Core.Model;

/// <summary>
/// The elements a standard fixes for every implementation (同一标准). On a standard item every
/// element is present; on an implementation each is null unless the office wrote its own copy.
/// </summary>
public sealed class StandardElements
{
    public string? Name { get; init; }
    public string? Type { get; init; }
    public IReadOnlyList<string>? ServiceObjects { get; init; }
    public IReadOnlyList<LegalBasis>? Basis { get; init; }
    public IReadOnlyList<string>? Conditions { get; init; }
    public TimeLimit? StatutoryLimit { get; init; }
    public IReadOnlyList<Material>? Materials { get; init; }
    public IReadOnlyList<Step>? Steps { get; init; }
    public IReadOnlyList<Fee>? Fees { get; init; }
    public IReadOnlyList<string>? Notes { get; init; }

    /// <summary>No element of its own: what most implementations hold, one instance for all of them.</summary>
    public static readonly StandardElements None = new();

    /// <summary>The element keys as they appear in files, in schema order.</summary>
    public static readonly IReadOnlyList<string> Keys = ["name", "type", "serviceObjects", "basis", "conditions", "statutoryLimit", "materials", "steps", "fees", "notes"];

    public bool IsEmpty =>
        Name is null && Type is null && ServiceObjects is null && Basis is null && Conditions is null
        && StatutoryLimit is null && Materials is null && Steps is null && Fees is null && Notes is null;
}

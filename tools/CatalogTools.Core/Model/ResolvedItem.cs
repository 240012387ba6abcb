namespace CatalogTools.Core.Model;

/// <summary>
/// The guide an applicant sees: the implementation over its standard. Each standardized element
/// is the implementation's own copy when it wrote one, else the standard's.
/// </summary>
public sealed class ResolvedItem
{
    public ResolvedItem(Implementation implementation, StandardItem standard)
    {
        Implementation = implementation;
        Standard = standard;
        var own = implementation.Own;
        var std = standard.Elements;
        Name = own.Name ?? std.Name ?? "";
        Type = own.Type ?? std.Type ?? "";
        ServiceObjects = own.ServiceObjects ?? std.ServiceObjects ?? [];
        Basis = own.Basis ?? std.Basis ?? [];
        Conditions = own.Conditions ?? std.Conditions ?? [];
        StatutoryLimit = own.StatutoryLimit ?? std.StatutoryLimit;
        Materials = own.Materials ?? std.Materials ?? [];
        Steps = own.Steps ?? std.Steps ?? [];
        Fees = own.Fees ?? std.Fees ?? [];
        Notes = own.Notes ?? std.Notes ?? [];
    }

    public Implementation Implementation { get; }
    public StandardItem Standard { get; }
    public string Code => Implementation.Code;
    public string Name { get; }
    public string Type { get; }
    public IReadOnlyList<string> ServiceObjects { get; }
    public IReadOnlyList<LegalBasis> Basis { get; }
    public IReadOnlyList<string> Conditions { get; }
    public TimeLimit? StatutoryLimit { get; }
    public IReadOnlyList<Material> Materials { get; }
    public IReadOnlyList<Step> Steps { get; }
    public IReadOnlyList<Fee> Fees { get; }
    public IReadOnlyList<string> Notes { get; }

    /// <summary>True for items whose service object includes 自然人 only.</summary>
    public bool IsNaturalPersonOnly => ServiceObjects.Count > 0 && ServiceObjects.All(o => o == Vocabulary.NaturalPerson);
}

namespace CatalogTools.Core.Diagnostics;

/// <summary>Descriptors of what the loader itself finds: bytes, YAML syntax, schema, file naming.</summary>
public static class LoadRules
{
    public static readonly RuleDescriptor YamlSyntax = new(RuleIds.YamlSyntax, category: "syntax", severity: Severity.Error);

    public static readonly RuleDescriptor DuplicateKey = new(RuleIds.DuplicateKey, category: "syntax", severity: Severity.Error);

    public static readonly RuleDescriptor NotUtf8 = new(RuleIds.NotUtf8, category: "syntax", severity: Severity.Error);

    public static readonly RuleDescriptor SchemaViolation = new(RuleIds.SchemaViolation, category: "schema", severity: Severity.Error);

    public static readonly RuleDescriptor UnknownFileKind = new(RuleIds.UnknownFileKind, category: "layout", severity: Severity.Warning);

    public static readonly RuleDescriptor FileNameMismatch = new(RuleIds.FileNameMismatch, category: "layout", severity: Severity.Error);

    public static readonly RuleDescriptor MissingRegistry = new(RuleIds.MissingRegistry, category: "layout", severity: Severity.Error);

    public static readonly RuleDescriptor InvalidSuppression = new(RuleIds.InvalidSuppression, category: "policy", severity: Severity.Error);

    public static readonly RuleDescriptor InputLimit = new(RuleIds.InputLimit, category: "syntax", severity: Severity.Error);

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        YamlSyntax, DuplicateKey, NotUtf8, SchemaViolation, UnknownFileKind, FileNameMismatch, MissingRegistry, InvalidSuppression, InputLimit,
    ];
}

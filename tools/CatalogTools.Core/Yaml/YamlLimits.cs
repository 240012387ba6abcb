namespace CatalogTools.Core.Yaml;

/// <summary>
/// How much one YAML document may hold. Catalog files are small and shallow (a registry of a
/// whole province is a few MB, an item nests five levels, no file needs anchors), so these bounds
/// sit far above any real file and far below what exhausts a machine: a billion-laughs alias bomb
/// or a 20,000-deep nesting becomes a diagnostic instead of gigabytes or a stack overflow.
/// The values are documented in docs/security.md ("Limits on input").
/// </summary>
public sealed record YamlLimits(int MaxDocumentBytes, int MaxDepth, int MaxAliasExpansion, int MaxScalarLength, int MaxNodes)
{
    public static YamlLimits Default { get; } = new(
        MaxDocumentBytes: 16 * 1024 * 1024,
        MaxDepth: 64,
        MaxAliasExpansion: 10_000,
        MaxScalarLength: 65_536,
        MaxNodes: 2_000_000);
}

/// <summary>Which limit a document broke (the diagnostic names it).</summary>
public enum YamlLimit
{
    DocumentSize,
    Depth,
    AliasExpansion,
    ScalarLength,
    Nodes,
}

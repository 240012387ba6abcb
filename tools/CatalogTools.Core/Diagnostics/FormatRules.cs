namespace CatalogTools.Core.Diagnostics;

/// <summary>What <c>catalog fmt --check</c> reports when a machine format is asked for.</summary>
public static class FormatRules
{
    public static readonly RuleDescriptor NotCanonical = new(RuleIds.NotCanonical, category: "format", severity: Severity.Error);

    public static IReadOnlyList<RuleDescriptor> All { get; } = [NotCanonical];
}

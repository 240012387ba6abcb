using CatalogTools.Core.Comparison;

namespace CatalogTools.Git.Diff;

public enum ItemChangeKind
{
    Added,
    Removed,
    Retired,
    Reactivated,
    Modified,
}

/// <summary>One item that differs between two versions, with its element-level changes.</summary>
public sealed record ItemChange(string Code, bool IsStandard, ItemChangeKind Kind, string Name, string File, IReadOnlyList<ElementChange> Changes)
{
    /// <summary>A 一件事 (service-bundles/), neither a standard nor an implementation.</summary>
    public bool IsBundle { get; init; }

    /// <summary>"standard", "implementation" or "bundle", as JSON names the layer.</summary>
    public string Layer => IsBundle ? "bundle" : IsStandard ? "standard" : "implementation";
}

/// <summary>A registry file whose entries differ (keys added, removed, edited).</summary>
public sealed record RegistryChange(string File, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Edited);

/// <summary>Materials, steps and promised days added and removed, over every changed item.</summary>
public sealed record DiffSummary(int MaterialsAdded, int MaterialsRemoved, int StepsAdded, int StepsRemoved, int PromisedDaysBefore, int PromisedDaysAfter);

/// <summary>Who sees the change: regions, implementations, and the channel pages to republish (web/items/&lt;code&gt;.html).</summary>
public sealed record DiffImpact(IReadOnlyList<string> Implementations, IReadOnlyList<RegionRef> Regions, IReadOnlyList<string> Pages);

public sealed record RegionRef(string Code, string Name);

/// <summary>The meaning of a change between two versions of the catalog.</summary>
public sealed record CatalogDiff(
    string From,
    string To,
    IReadOnlyList<ItemChange> Items,
    IReadOnlyList<RegistryChange> Registries,
    IReadOnlyList<string> Unreadable,
    DiffSummary Summary,
    DiffImpact Impact)
{
    public bool IsEmpty => Items.Count == 0 && Registries.Count == 0 && Unreadable.Count == 0;

    /// <summary>Where the web channel publishes an implementation (shared naming with the publishing part).</summary>
    public static string PageOf(string implementationCode) => $"web/items/{implementationCode}.html";

    /// <summary>Where the web channel publishes a 一件事.</summary>
    public static string BundlePageOf(string bundleCode) => $"web/bundles/{bundleCode}.html";
}

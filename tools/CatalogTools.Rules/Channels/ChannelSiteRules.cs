using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>What `catalog publish` reports about the site configuration (site.yaml) and the theme vocabulary (registries/themes.yaml) every channel shows.</summary>
public static class ChannelSiteRules
{
    public static readonly RuleDescriptor SiteMissing = new(RuleIds.ChannelSiteMissing, category: "channel", severity: Severity.Warning);

    public static readonly RuleDescriptor ThemeUnknownStandard = new(RuleIds.ChannelThemeUnknownStandard, category: "channel", severity: Severity.Warning);

    public static IReadOnlyList<RuleDescriptor> All { get; } = [SiteMissing, ThemeUnknownStandard];
}

using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>What `catalog publish` reports about the site configuration (site.yaml) and the theme vocabulary (registries/themes.yaml) every channel shows.</summary>
public static class ChannelSiteRules
{
    public static readonly RuleDescriptor SiteMissing = new(
        RuleIds.ChannelSiteMissing, "缺少网站配置", "Site configuration missing", "channel", Severity.Warning,
        "目录没有 {file}：页面页脚不显示主办单位、网站标识码和备案号，移动端没有 site.json", "the catalog has no {file}: pages show no sponsor, website code or ICP / public security registration numbers in their footer, and the mobile bundle has no site.json",
        "在目录根目录新建 site.yaml（格式见 schemas/site.schema.json，示例见样例目录 catalog/site.yaml），填写网站名称、主办单位、网站标识码和备案号后重新发布", "create site.yaml at the catalog root (format: schemas/site.schema.json, example: the sample catalog's catalog/site.yaml) with the site name, sponsor, website code and registration numbers, then publish again");

    public static readonly RuleDescriptor ThemeUnknownStandard = new(
        RuleIds.ChannelThemeUnknownStandard, "主题列出了不存在的标准事项", "Theme names an unknown standard item", "channel", Severity.Warning,
        "主题『{theme}』列出的标准事项 {standard} 不在目录中（没有 standards/{standard}.yaml），按主题浏览时不会有它", "theme '{theme}' names standard item {standard}, which is not in the catalog (no standards/{standard}.yaml), so browsing by theme will not show it",
        "改正 registries/themes.yaml 中的基本编码，或删除这一行后重新发布", "correct the basic code in registries/themes.yaml, or remove the line, then publish again");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [SiteMissing, ThemeUnknownStandard];
}

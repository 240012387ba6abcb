using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>What `catalog publish` reports about the site configuration (site.yaml) every channel shows.</summary>
public static class ChannelSiteRules
{
    public static readonly RuleDescriptor SiteMissing = new(
        RuleIds.ChannelSiteMissing, "缺少网站配置", "Site configuration missing", "channel", Severity.Warning,
        "目录没有 {file}：页面页脚不显示主办单位、网站标识码和备案号，移动端没有 site.json", "the catalog has no {file}: pages show no sponsor, website code or ICP / public security registration numbers in their footer, and the mobile bundle has no site.json",
        "在目录根目录新建 site.yaml（格式见 schemas/site.schema.json，示例见样例目录 catalog/site.yaml），填写网站名称、主办单位、网站标识码和备案号后重新发布", "create site.yaml at the catalog root (format: schemas/site.schema.json, example: the sample catalog's catalog/site.yaml) with the site name, sponsor, website code and registration numbers, then publish again");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [SiteMissing];
}

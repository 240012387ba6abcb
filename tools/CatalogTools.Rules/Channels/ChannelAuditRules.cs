using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>
/// What `catalog audit` (要素同源自查, 《平顶山市一体化政务服务能力提升实施方案》第 3 项) reports when a channel's output, as served,
/// differs from the catalog. Each points at the source file and names the page and element in Place.
/// </summary>
public static class ChannelAuditRules
{
    public static readonly RuleDescriptor ElementMissing = new(
        RuleIds.ChannelElementMissing, "渠道缺少要素", "Element missing in channel", "channel", Severity.Error,
        "{channel} 页面 {page} 缺少要素『{elementName}』（{element}），源中为『{expected}』", "{channel} page {page} lacks element '{elementName}' ({element}); the source has '{expected}'",
        "重新发布该渠道（catalog publish），不要在下游手工编辑页面；如模板漏掉了该要素，修改 templates/ 中的模板", "publish the channel again (catalog publish) instead of editing pages downstream; if the template omits the element, fix it in templates/");

    public static readonly RuleDescriptor ElementDiffers = new(
        RuleIds.ChannelElementDiffers, "渠道要素与源不一致", "Element differs from source", "channel", Severity.Error,
        "{channel} 页面 {page} 的要素『{elementName}』（{element}）显示为『{actual}』，源中为『{expected}』", "{channel} page {page} shows element '{elementName}' ({element}) as '{actual}'; the source has '{expected}'",
        "以目录为唯一来源：在目录 YAML 中修改后重新发布，不要在渠道侧改动内容", "the catalog is the only source: change the YAML and publish again, never edit content in the channel");

    public static readonly RuleDescriptor ElementExtra = new(
        RuleIds.ChannelElementExtra, "渠道多出源中没有的要素", "Element not in source", "channel", Severity.Error,
        "{channel} 页面 {page} 显示了源中没有的要素 {element}『{actual}』", "{channel} page {page} shows element {element} '{actual}', which the source does not have",
        "删除渠道侧添加的内容，或先在目录中登记后重新发布", "remove what was added in the channel, or add it to the catalog and publish again");

    public static readonly RuleDescriptor ItemMissing = new(
        RuleIds.ChannelItemMissing, "渠道缺少事项", "Item missing in channel", "channel", Severity.Error,
        "{channel} 渠道没有事项『{name}』的页面（应为 {page}）", "channel {channel} has no page for item '{name}' (expected {page})",
        "重新发布该渠道，确认下游同步了全部文件（catalog verify-bundle）", "publish the channel again and make sure downstream copied every file (catalog verify-bundle)");

    public static readonly RuleDescriptor ItemUnknown = new(
        RuleIds.ChannelItemUnknown, "渠道展示了源中没有或已停用的事项", "Item not in source", "channel", Severity.Error,
        "{channel} 页面 {page} 展示的事项 {code} 不在目录中或已停用", "{channel} page {page} shows item {code}, which is not in the catalog or is retired",
        "从渠道下架该页面，或重新发布以同步删除", "take the page down, or publish again so the removal reaches the channel");

    public static readonly RuleDescriptor PageUnreadable = new(
        RuleIds.ChannelPageUnreadable, "渠道页面无法读取", "Channel page unreadable", "channel", Severity.Error,
        "{channel} 页面 {page} 无法核对：{detail}", "{channel} page {page} cannot be audited: {detail}",
        "重新发布该页面；页面须保留 data-item 与 data-el 标记，JSON 须可解析", "publish the page again; pages must keep their data-item and data-el marks, JSON must parse");

    public static readonly RuleDescriptor PageMissing = new(
        RuleIds.ChannelPageMissing, "渠道缺少页面", "Channel page missing", "channel", Severity.Error,
        "{channel} 渠道缺少{what} {page}", "channel {channel} lacks {what} {page}",
        "重新发布该渠道，确认下游同步了全部文件（catalog verify-bundle）", "publish the channel again and make sure downstream copied every file (catalog verify-bundle)");

    public static readonly RuleDescriptor ListingMissing = new(
        RuleIds.ChannelListingMissing, "索引页漏列", "Listing lacks an entry", "channel", Severity.Error,
        "{channel} 页面 {page} 没有列出{what}『{name}』（{code}）", "{channel} page {page} does not list {what} '{name}' ({code})",
        "重新发布该渠道，不要在下游手工编辑首页和地区页", "publish the channel again instead of editing index and region pages downstream");

    public static readonly RuleDescriptor ListingWrong = new(
        RuleIds.ChannelListingWrong, "索引页与源不一致", "Listing differs from source", "channel", Severity.Error,
        "{channel} 页面 {page} 列出的『{shown}』（{code}）与源不符：{detail}", "{channel} page {page} lists '{shown}' ({code}), which does not match the source: {detail}",
        "以目录为唯一来源：重新发布该渠道，删除下游添加或改动的链接和页面", "the catalog is the only source: publish the channel again and remove links and pages added or changed downstream");

    public static readonly RuleDescriptor TextAdded = new(
        RuleIds.ChannelTextAdded, "渠道页面多出源中没有的内容", "Text not in source", "channel", Severity.Error,
        "{channel} 页面 {page} 多出源中没有的{unit}『{actual}』（{where}）", "{channel} page {page} shows {unit} '{actual}', which the source does not render ({where})",
        "删除渠道侧添加的内容后重新发布；确需展示的内容先写入目录或模板", "remove what was added downstream and publish again; what must be shown goes into the catalog or the templates first");

    public static readonly RuleDescriptor TextRemoved = new(
        RuleIds.ChannelTextRemoved, "渠道页面缺少源中的内容", "Text missing in channel", "channel", Severity.Error,
        "{channel} 页面 {page} 缺少源中的{unit}『{expected}』（{where}）", "{channel} page {page} lacks {unit} '{expected}', which the source renders ({where})",
        "重新发布该渠道，不要在下游删改页面", "publish the channel again instead of cutting pages downstream");

    public static readonly RuleDescriptor TextChanged = new(
        RuleIds.ChannelTextChanged, "渠道页面内容与源不一致", "Text differs from source", "channel", Severity.Error,
        "{channel} 页面 {page} 的{unit}显示为『{actual}』，源中为『{expected}』（{where}）", "{channel} page {page} shows {unit} '{actual}'; the source renders '{expected}' ({where})",
        "以目录为唯一来源：重新发布该渠道，需要的修改写入目录或模板", "the catalog is the only source: publish the channel again and make wanted changes in the catalog or the templates");

    public static readonly RuleDescriptor BeyondGuide = new(
        RuleIds.ChannelBeyondGuide, "渠道页面提出办事指南以外的要求", "Request beyond the guide", "channel", Severity.Error,
        "{channel} 页面 {page} 要求了办事指南没有列出的{what}：『{request}』，见『{actual}』（{where}）", "{channel} page {page} asks for {what} the guide does not list: '{request}', in '{actual}' ({where})",
        "办事指南以外不得增加材料和收费：删除该要求；确有法定依据的，先写入目录（标准事项）并重新发布", "nothing may be asked beyond the guide: remove the request; if the law requires it, add it to the catalog (the standard item) and publish again");

    public static readonly RuleDescriptor PageExtra = new(
        RuleIds.ChannelPageExtra, "渠道有源中没有的页面", "Page not in source", "channel", Severity.Error,
        "{channel} 渠道有源中没有的页面 {page}", "channel {channel} serves page {page}, which the source does not render",
        "从渠道下架该页面；确需发布的内容先写入目录或模板并重新发布", "take the page down; content that must be published goes into the catalog or the templates and is published again");

    public static readonly RuleDescriptor AuditIncomplete = new(
        RuleIds.ChannelAuditIncomplete, "自查未读完渠道", "Audit incomplete", "channel", Severity.Warning,
        "{channel} 渠道（{origin}）只读取了一部分：{detail}", "channel {channel} ({origin}) was read only in part: {detail}",
        "放宽抓取上限（--max-files、--max-bytes、--max-seconds）后重新自查，或直接自查渠道的文件夹", "audit again with higher crawl limits (--max-files, --max-bytes, --max-seconds), or audit the channel's folder");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [ElementMissing, ElementDiffers, ElementExtra, ItemMissing, ItemUnknown, PageUnreadable, PageMissing, ListingMissing, ListingWrong, TextAdded, TextRemoved, TextChanged, BeyondGuide, PageExtra, AuditIncomplete];
}

using System.Globalization;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Model;

namespace CatalogTools.Reports.Text;

/// <summary>Every word the renderers print, Chinese first, English with --lang en; and number formats.</summary>
public sealed partial class ReportText(Lang lang)
{
    public Lang Lang { get; } = lang;

    private string T(string zh, string en) => Lang == Lang.Zh ? zh : en;

    public string Colon => T("：", ": ");
    public string Title => T("政务服务事项合规报告", "Government service items: compliance report");
    public string Scope => T("范围", "Scope");
    public string Generated => T("生成时间", "Generated");
    public string Revision => T("版本", "Revision");
    public string Summary => T("概要", "Summary");
    public string CountsHeading => T("事项数量", "Item counts");
    public string Total => T("合计", "Total");
    public string AdministrativePower => T("行政权力", "Administrative powers");
    public string PublicService => T("公共服务", "Public services");
    public string ByType => T("按事项类型", "By item type");
    public string ByLevel => T("按层级", "By level");
    public string ByDepartment => T("按部门", "By department");
    public string ByRegion => T("按区划（含下级）", "By region (including sub-regions)");
    public string Key => T("项", "Key");
    public string Count => T("数量", "Count");
    public string FiguresHeading => T("政策指标", "Policy figures");
    public string Figure => T("指标", "Figure");
    public string Value => T("数值", "Value");
    public string Target => T("目标", "Target");
    public string Status => T("结果", "Status");
    public string BasisHeading => T("分子 / 分母", "Numerator / denominator");
    public string Pass => T("达标", "met");
    public string Miss => T("未达标", "missed");
    public string NoData => T("无数据", "no data");
    public string RegionsHeading => T("各区划指标", "Figures by region");
    public string Region => T("区划", "Region");
    public string Code => T("编码", "Code");
    public string Name => T("名称", "Name");
    public string Level => T("层级", "Level");
    public string Items => T("事项数", "Items");
    public string Agency => T("实施主体", "Agency");
    public string Detail => T("说明", "Detail");
    public string DrillHeading => T("未达标指标明细", "Items behind missed figures");
    public string BaselineHeading => T("与基线比较", "Against the baseline");
    public string Baseline => T("基线", "Baseline");
    public string Materials => T("审批要件", "Materials");
    public string Steps => T("审批环节", "Steps");
    public string Days => T("办理时限（天）", "Time limits (days)");
    public string Visits => T("跑动次数", "On-site visits");
    public string Then => T("基线", "Then");
    public string Now => T("当前", "Now");
    public string Cut => T("压减", "Cut");
    public string TrendHeading => T("各标签版本趋势", "Trend over tagged versions");
    public string Version => T("版本", "Version");
    public string NoTrend => T("仓库中没有标签版本。", "No tagged versions in the repository.");
    public string AllRegions => T("全部区划", "All regions");
    public string ChartTitle(string figure) => T($"{figure}：各区划", $"{figure} by region");
    public string TruncatedNote(int shown, int total) =>
        T($"共 {total} 项，此处列出前 {shown} 项；完整清单见 xlsx 或 json 报告。", $"{total} items; the first {shown} are listed here; the xlsx and json reports list all.");

    public string CurrentLabel(string label) => label == "当前" ? Now : label;

    public string Reported => T("仅统计", "reported");

    public string StatusOf(FigureResult f) => f.Value is null ? NoData : f.Kind == TargetKind.Reported ? Reported : f.Passed ? Pass : Miss;

    public string FigureName(string key) => key switch
    {
        "compressionNaturalPerson" => T("承诺时限压缩率（自然人事项）", "Promised-limit compression (natural-person items)"),
        "compressionLegalPerson" => T("承诺时限压缩率（法人事项）", "Promised-limit compression (legal-person items)"),
        "immediateShare" => T("即办件占比", "Share handled on the spot (即办件)"),
        "averageVisits" => T("平均跑动次数", "Average on-site visits"),
        "depthLevel3Share" => T("三级及以上办理深度占比", "Share at online depth 三级 or above"),
        "depthLevel4Share" => T("四级办理深度占比", "Share at online depth 四级"),
        "onlineShare" => T("网上可办率", "Share handleable online (网上可办)"),
        "fullyOnlineShare" => T("全程网办率", "Share fully online (全程网办)"),
        "mostOneVisitShare" => T("“最多跑一次”占比", "Share with at most one visit (最多跑一次)"),
        "exemptShare" => T("电子证照免提交率", "Share of e-licence materials exempt (免提交)"),
        "cancelledProofsRequired" => T("仍要求的已取消证明材料", "Cancelled proofs still required"),
        "sameStandardShare" => T("同一标准率（与标准无差异的实施清单）", "Same-standard rate (implementations without divergence)"),
        "guideCompleteShare" => T("办事指南全要素率", "Share of guides with every element (全要素率)"),
        "assistanceShare" => T("帮办代办覆盖率", "Share offering assisted application (帮办代办)"),
        "crossRegionPrefectureShare" => T("市（州）内通办占比", "Share handled anywhere in the city or prefecture (市（州）内通办)"),
        "crossRegionProvinceShare" => T("省内通办占比", "Share handled anywhere in the province (省内通办)"),
        "crossRegionInterProvinceShare" => T("跨省通办占比", "Share handled across provinces (跨省通办)"),
        "crossRegionNationalShare" => T("全国通办占比", "Share handled nationwide (全国通办)"),
        "bundleCount" => T("“一件事”数量", "One-thing bundles (一件事)"),
        "mobileItemsPerCity" => T("移动端上线事项数（最少的市）", "Items on the mobile channel (least-served city)"),
        _ => key,
    };

    public string Definition(string key) => key switch
    {
        "compressionNaturalPerson" or "compressionLegalPerson" => T("各事项 1 − 承诺时限 / 法定时限 的平均值（法定时限为 0 的不计）", "mean over items of 1 − promised / statutory (items with a statutory limit of 0 are not counted)"),
        "immediateShare" => T("办件类型为即办件的事项 / 全部事项", "items handled on the spot / all items"),
        "averageVisits" => T("到现场次数之和 / 填写了到现场次数的事项", "sum of visits / items stating visits"),
        "depthLevel3Share" => T("办理深度为三级或四级的事项 / 全部事项", "items at depth 三级 or 四级 / all items"),
        "depthLevel4Share" => T("办理深度为四级的事项 / 全部事项", "items at depth 四级 / all items"),
        "onlineShare" => T("有网上渠道且办理深度不低于三级的事项 / 全部事项", "items with an online channel and depth ≥ 三级 / all items"),
        "fullyOnlineShare" => T("有网上渠道且办理深度为四级的事项 / 全部事项", "items with an online channel and depth 四级 / all items"),
        "mostOneVisitShare" => T("到现场次数不超过 1 的事项 / 填写了到现场次数的事项", "items with at most one visit / items stating visits"),
        "exemptShare" => T("标记免提交的材料 / 电子证照目录收录的材料", "materials marked exempt / materials the e-licence catalog holds"),
        "cancelledProofsRequired" => T("仍作为必要材料的已取消证明材料（条）", "cancelled proofs still listed as required materials"),
        "sameStandardShare" => T("自有要素与标准无差异的实施清单 / 全部实施清单", "implementations whose own elements do not diverge / all implementations"),
        "guideCompleteShare" => T("条件、注意事项、咨询投诉电话和邮箱、每项材料的形式份数签名签章、每张表格的空白表格示例样表填写说明、每个环节的时限都齐全的事项 / 全部事项",
            "items stating conditions, notes, consultation and complaint phone and e-mail, each material's form, copies and signature/seal, each form's blank form, sample and fill-in notes, and each step's limit / all items"),
        "assistanceShare" => T("公布提供帮办代办的事项 / 全部事项", "items publishing assisted application as offered / all items"),
        "crossRegionPrefectureShare" => T("通办范围为市内、州内、省内、跨省或全国通办的事项 / 全部事项", "items whose scope is 市内, 州内, 省内, 跨省 or 全国通办 / all items"),
        "crossRegionProvinceShare" => T("通办范围为省内、跨省或全国通办的事项 / 全部事项", "items whose scope is 省内, 跨省 or 全国通办 / all items"),
        "crossRegionInterProvinceShare" => T("通办范围为跨省或全国通办的事项 / 全部事项", "items whose scope is 跨省 or 全国通办 / all items"),
        "crossRegionNationalShare" => T("通办范围为全国通办的事项 / 全部事项", "items whose scope is 全国通办 / all items"),
        "bundleCount" => T("范围内在用的“一件事”", "active one-thing bundles in scope"),
        "mobileItemsPerCity" => T("各市（含下级）在政务服务移动端可办的在用事项数中的最小值", "the least, over the cities in scope, of active items offered on the mobile channel (sub-regions included)"),
        _ => "",
    };

    public static string Format(FigureUnit unit, double? value) => value is null ? "—" : unit switch
    {
        FigureUnit.Share => (value.Value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%",
        FigureUnit.Average => value.Value.ToString("0.000", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0", CultureInfo.InvariantCulture),
    };

    public string FormatTarget(FigureResult f) => f.Kind == TargetKind.Reported ? "—" : (f.Kind == TargetKind.AtLeast ? "≥ " : "≤ ") + Format(f.Unit, f.Target);

    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double? share) => share is null ? "—" : (share.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Basis(FigureResult f) => f.Unit == FigureUnit.Count
        ? f.Numerator.ToString("0", CultureInfo.InvariantCulture)
        : f.Numerator.ToString("0.##", CultureInfo.InvariantCulture) + " / " + f.Denominator.ToString(CultureInfo.InvariantCulture);
}

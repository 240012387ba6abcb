using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Excel.Layout;

/// <summary>
/// English names of the forms' sheets, headers and fixed values, for `--lang en` messages. The
/// workbook itself is Chinese, so an English message names a sheet or column in English and then
/// gives the text to look for in the workbook in brackets: "promised limit (承诺时限)".
/// </summary>
public static class EnglishNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [WorkbookLayout.ItemsSheet] = "item list",
        [WorkbookLayout.GuideSheet] = "service guide",
        [WorkbookLayout.MaterialsSheet] = "materials",
        [WorkbookLayout.StepsSheet] = "steps",
        [WorkbookLayout.FeesSheet] = "fees",
        [WorkbookLayout.HelpSheet] = "how to fill in",
        [WorkbookLayout.MetaSheet] = "import keys",
        [WorkbookLayout.CodeHeader] = "item code",
        [WorkbookLayout.KindHeader] = "kind",
        [WorkbookLayout.KindStandard] = "standard item",
        [WorkbookLayout.KindImplementation] = "implementation",
        [WorkbookLayout.ElementHeader] = "element",
        [WorkbookLayout.ElementBasis] = "legal basis",
        [WorkbookLayout.ElementCondition] = "acceptance condition",
        [WorkbookLayout.ElementNote] = "note",
        [WorkbookLayout.ElementCommitmentCondition] = "condition a signed commitment may replace",
        ["基本编码"] = "standard code",
        ["区划代码"] = "region code",
        ["实施主体代码"] = "agency code",
        ["业务办理项后缀"] = "handling suffix",
        ["事项名称"] = "item name",
        ["事项类型"] = "item type",
        ["服务对象"] = "service objects",
        ["行使层级"] = "levels",
        ["状态"] = "status",
        ["法定时限"] = "statutory limit",
        ["法定时限单位"] = "statutory limit unit",
        ["承诺时限"] = "promised limit",
        ["承诺时限单位"] = "promised limit unit",
        ["办件类型"] = "handling type",
        ["办理地点"] = "address",
        ["办理时间"] = "hours",
        ["咨询电话"] = "consultation phone",
        ["咨询邮箱"] = "consultation email",
        ["投诉电话"] = "complaint phone",
        ["投诉邮箱"] = "complaint email",
        ["支持预约"] = "appointments",
        ["预约方式"] = "appointment methods",
        ["网上办理深度"] = "online depth",
        ["到现场次数"] = "visits",
        ["办理渠道"] = "channels",
        ["通办范围"] = "cross-region scope",
        ["停用日期"] = "retired on",
        ["内容"] = "content",
        ["条款"] = "article",
        ["材料名称"] = "material name",
        ["材料形式"] = "form",
        ["份数"] = "copies",
        ["是否必要"] = "required",
        ["需签字"] = "signature",
        ["需盖章"] = "seal",
        ["来源渠道"] = "source",
        ["空白表格"] = "blank form",
        ["示例样表"] = "sample",
        ["填报须知"] = "filling notes",
        ["电子证照编码"] = "e-licence code",
        ["免提交"] = "exempt",
        ["可告知承诺"] = "commitment may replace it",
        ["帮办代办"] = "assisted application",
        ["帮办代办电话"] = "assistance hotline",
        ["帮办代办说明"] = "assistance note",
        ["中介服务"] = "intermediary services",
        ["网上办理例外"] = "online exemption",
        ["例外依据"] = "exemption basis",
        ["例外依据条款"] = "exemption article",
        ["顺序"] = "order",
        ["环节名称"] = "step name",
        ["时限"] = "limit",
        ["时限单位"] = "limit unit",
        ["责任岗位"] = "post",
        ["收费项目名称"] = "fee name",
        ["是否收费"] = "charged",
        ["金额（元）"] = "amount (yuan)",
        ["收费标准"] = "fee standard",
        ["收费依据"] = "fee basis",
        ["依据条款"] = "basis article",
        [WorkbookLayout.BundlesSheet] = "bundles",
        [WorkbookLayout.BundleMembersSheet] = "bundle members",
        [WorkbookLayout.BundleMaterialsSheet] = "bundle materials",
        [WorkbookLayout.BundleCodeHeader] = "bundle code",
        ["一件事名称"] = "bundle name",
        ["牵头部门代码"] = "lead agency code",
        ["成员事项编码"] = "member item code",
        [WorkbookLayout.BundleNameDisplay] = "bundle name, read-only",
        [WorkbookLayout.ItemNameDisplay] = "item name, read-only",
        [WorkbookLayout.AgencyNameDisplay] = "agency name, read-only",
    };

    /// <summary>"promised limit (承诺时限)" for a name of the forms; any other text (a header or sheet the office made up) as it is.</summary>
    public static string Of(string chinese) => Names.TryGetValue(chinese.Trim(), out var english) ? $"{english} ({chinese})" : chinese;

    /// <summary>A message argument: the Chinese text for zh, <see cref="Of"/> for en.</summary>
    public static MessageArgument Term(string chinese) => MessageArgument.Worded(chinese, Of(chinese));

    /// <summary>Whether every sheet, header and fixed value of the layout has an English name (a test keeps it so).</summary>
    public static IEnumerable<string> Missing()
    {
        foreach (var sheet in WorkbookLayout.AllDataSheets)
        {
            if (!Names.ContainsKey(sheet.Name)) yield return sheet.Name;
            foreach (var column in sheet.SheetColumns)
            {
                if (!Names.ContainsKey(column.Header)) yield return column.Header;
            }
        }
        foreach (var name in new[] { WorkbookLayout.HelpSheet, WorkbookLayout.MetaSheet, WorkbookLayout.KindStandard, WorkbookLayout.KindImplementation, WorkbookLayout.ElementBasis, WorkbookLayout.ElementCondition, WorkbookLayout.ElementCommitmentCondition, WorkbookLayout.ElementNote })
        {
            if (!Names.ContainsKey(name)) yield return name;
        }
    }
}

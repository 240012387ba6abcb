using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Excel.Layout;

/// <summary>
/// The forms' sheets, headers and fixed values, each with the message that names it for `--lang en`
/// messages (workbookName.*). The workbook itself is Chinese, so an English message names a sheet or
/// column in English and then gives the text to look for in the workbook in brackets:
/// "promised limit (承诺时限)"; a Chinese message gives the text alone.
/// </summary>
public static class EnglishNames
{
    /// <summary>Chinese name in the forms → id of the message that names it.</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [WorkbookLayout.ItemsSheet] = "workbookName.itemList",
        [WorkbookLayout.GuideSheet] = "workbookName.serviceGuide",
        [WorkbookLayout.MaterialsSheet] = "workbookName.materials",
        [WorkbookLayout.StepsSheet] = "workbookName.steps",
        [WorkbookLayout.FeesSheet] = "workbookName.fees",
        [WorkbookLayout.HelpSheet] = "workbookName.howToFillIn",
        [WorkbookLayout.MetaSheet] = "workbookName.importKeys",
        [WorkbookLayout.CodeHeader] = "workbookName.itemCode",
        [WorkbookLayout.KindHeader] = "workbookName.kind",
        [WorkbookLayout.KindStandard] = "workbookName.standardItem",
        [WorkbookLayout.KindImplementation] = "workbookName.implementation",
        [WorkbookLayout.ElementHeader] = "workbookName.element",
        [WorkbookLayout.ElementBasis] = "workbookName.legalBasis",
        [WorkbookLayout.ElementCondition] = "workbookName.acceptanceCondition",
        [WorkbookLayout.ElementNote] = "workbookName.note",
        [WorkbookLayout.ElementCommitmentCondition] = "workbookName.conditionASignedCommitmentMayReplace",
        ["基本编码"] = "workbookName.standardCode",
        ["区划代码"] = "workbookName.regionCode",
        ["实施主体代码"] = "workbookName.agencyCode",
        ["业务办理项后缀"] = "workbookName.handlingSuffix",
        ["事项名称"] = "workbookName.itemName",
        ["事项类型"] = "workbookName.itemType",
        ["服务对象"] = "workbookName.serviceObjects",
        ["行使层级"] = "workbookName.levels",
        ["状态"] = "workbookName.status",
        ["法定时限"] = "workbookName.statutoryLimit",
        ["法定时限单位"] = "workbookName.statutoryLimitUnit",
        ["承诺时限"] = "workbookName.promisedLimit",
        ["承诺时限单位"] = "workbookName.promisedLimitUnit",
        ["办件类型"] = "workbookName.handlingType",
        ["办理地点"] = "workbookName.address",
        ["办理时间"] = "workbookName.hours",
        ["咨询电话"] = "workbookName.consultationPhone",
        ["咨询邮箱"] = "workbookName.consultationEmail",
        ["投诉电话"] = "workbookName.complaintPhone",
        ["投诉邮箱"] = "workbookName.complaintEmail",
        ["支持预约"] = "workbookName.appointments",
        ["预约方式"] = "workbookName.appointmentMethods",
        ["网上办理深度"] = "workbookName.onlineDepth",
        ["到现场次数"] = "workbookName.visits",
        ["办理渠道"] = "workbookName.channels",
        ["通办范围"] = "workbookName.crossRegionScope",
        ["停用日期"] = "workbookName.retiredOn",
        ["内容"] = "workbookName.content",
        ["条款"] = "workbookName.article",
        ["材料名称"] = "workbookName.materialName",
        ["材料形式"] = "workbookName.form",
        ["份数"] = "workbookName.copies",
        ["是否必要"] = "workbookName.required",
        ["需签字"] = "workbookName.signature",
        ["需盖章"] = "workbookName.seal",
        ["来源渠道"] = "workbookName.source",
        ["空白表格"] = "workbookName.blankForm",
        ["示例样表"] = "workbookName.sample",
        ["填报须知"] = "workbookName.fillingNotes",
        ["电子证照编码"] = "workbookName.eLicenceCode",
        ["免提交"] = "workbookName.exempt",
        ["可告知承诺"] = "workbookName.commitmentMayReplaceIt",
        ["帮办代办"] = "workbookName.assistedApplication",
        ["帮办代办电话"] = "workbookName.assistanceHotline",
        ["帮办代办说明"] = "workbookName.assistanceNote",
        ["中介服务"] = "workbookName.intermediaryServices",
        ["网上办理例外"] = "workbookName.onlineExemption",
        ["例外依据"] = "workbookName.exemptionBasis",
        ["例外依据条款"] = "workbookName.exemptionArticle",
        ["顺序"] = "workbookName.order",
        ["环节名称"] = "workbookName.stepName",
        ["时限"] = "workbookName.limit",
        ["时限单位"] = "workbookName.limitUnit",
        ["责任岗位"] = "workbookName.post",
        ["收费项目名称"] = "workbookName.feeName",
        ["是否收费"] = "workbookName.charged",
        ["金额（元）"] = "workbookName.amountYuan",
        ["收费标准"] = "workbookName.feeStandard",
        ["收费依据"] = "workbookName.feeBasis",
        ["依据条款"] = "workbookName.basisArticle",
        [WorkbookLayout.BundlesSheet] = "workbookName.bundles",
        [WorkbookLayout.BundleMembersSheet] = "workbookName.bundleMembers",
        [WorkbookLayout.BundleMaterialsSheet] = "workbookName.bundleMaterials",
        [WorkbookLayout.BundleCodeHeader] = "workbookName.bundleCode",
        ["一件事名称"] = "workbookName.bundleName",
        ["牵头部门代码"] = "workbookName.leadAgencyCode",
        ["成员事项编码"] = "workbookName.memberItemCode",
        [WorkbookLayout.BundleNameDisplay] = "workbookName.bundleNameReadOnly",
        [WorkbookLayout.ItemNameDisplay] = "workbookName.itemNameReadOnly",
        [WorkbookLayout.AgencyNameDisplay] = "workbookName.agencyNameReadOnly",
    };

    /// <summary>
    /// A name of the forms as a message argument: the text itself in Chinese, "promised limit (承诺时限)"
    /// in English; any other text (a header or sheet the office made up) as it is in both.
    /// </summary>
    public static MessageArgument Term(string chinese) =>
        Names.TryGetValue(chinese.Trim(), out var id) ? new MessageText(id, ("name", chinese)) : chinese;

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

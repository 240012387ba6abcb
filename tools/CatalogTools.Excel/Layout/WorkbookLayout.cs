using CatalogTools.Core.Model;

namespace CatalogTools.Excel.Layout;

/// <summary>
/// The forms, declared once: every sheet, column, header, width and drop-down list. Export writes
/// them, import maps headers back through them, 填表说明 is generated from them.
/// </summary>
public static class WorkbookLayout
{
    /// <summary>Bumped whenever a sheet or column changes meaning; stored in the hidden sheet.</summary>
    public const string SchemaVersion = "catalog-forms/1";

    public const string ItemsSheet = "事项目录";
    public const string GuideSheet = "办事指南";
    public const string MaterialsSheet = "申请材料";
    public const string StepsSheet = "办理环节";
    public const string FeesSheet = "收费";
    public const string HelpSheet = "填表说明";
    public const string MetaSheet = "_导入信息";

    public const string CodeHeader = "事项编码";
    public const string KindHeader = "类别";
    public const string KindStandard = "标准事项";
    public const string KindImplementation = "实施清单";

    /// <summary>办事指南 rows: which element a row belongs to (可告知承诺的条件: commitmentConditions, beside the conditions).</summary>
    public const string ElementHeader = "要素";
    public const string ElementBasis = "设定依据";
    public const string ElementCondition = "受理条件";
    public const string ElementNote = "注意事项";
    public const string ElementCommitmentCondition = "可告知承诺的条件";

    public static readonly IReadOnlyList<string> YesNo = ["是", "否"];

    /// <summary>Read-only headers: the names beside the codes (never imported).</summary>
    public const string ItemNameDisplay = "事项名称（只读）";
    public const string AgencyNameDisplay = "实施主体名称（只读）";

    private static readonly IReadOnlyList<DisplayColumn> ItemNameOnly = [new(ItemNameDisplay, DisplayValue.ItemName, 28)];

    /// <summary>How many columns stay frozen when scrolling right: the code and the item name.</summary>
    public const int FrozenColumns = 2;

    public static readonly SheetSpec Items = new(ItemsSheet, null,
    [
        new(CodeHeader, "code", CellKind.Code, 36),
        new(KindHeader, "", CellKind.Choice, 10, [KindStandard, KindImplementation]),
        new("基本编码", "standard", CellKind.Code, 14),
        new("区划代码", "region", CellKind.RegionCode, 14),
        new("实施主体代码", "agency", CellKind.Code, 22),
        new("业务办理项后缀", "suffix", CellKind.Code, 10),
        new("事项名称", "name", CellKind.Text, 30),
        new("事项类型", "type", CellKind.Choice, 12, Vocabulary.ItemTypes),
        new("服务对象", "serviceObjects", CellKind.ChoiceList, 12, Vocabulary.ServiceObjects),
        new("行使层级", "levels", CellKind.ChoiceList, 16, Vocabulary.Levels),
        new("状态", "status", CellKind.Choice, 8, Vocabulary.Statuses),
        new("法定时限", "statutoryLimit.days", CellKind.Integer, 8),
        new("法定时限单位", "statutoryLimit.unit", CellKind.Choice, 10, Vocabulary.TimeUnits),
        new("承诺时限", "promisedLimit.days", CellKind.Integer, 8),
        new("承诺时限单位", "promisedLimit.unit", CellKind.Choice, 10, Vocabulary.TimeUnits),
        new("办件类型", "handlingType", CellKind.Choice, 10, Vocabulary.HandlingTypes),
        new("办理地点", "address", CellKind.Text, 40),
        new("办理时间", "hours", CellKind.Text, 30),
        new("咨询电话", "consultation.phone", CellKind.Text, 16),
        new("咨询邮箱", "consultation.email", CellKind.Text, 24),
        new("投诉电话", "complaint.phone", CellKind.Text, 16),
        new("投诉邮箱", "complaint.email", CellKind.Text, 24),
        new("支持预约", "appointment.supported", CellKind.YesNo, 8, YesNo),
        new("预约方式", "appointment.methods", CellKind.Text, 30),
        new("网上办理深度", "onlineDepth", CellKind.Choice, 10, Vocabulary.OnlineDepths),
        new("到现场次数", "visits", CellKind.Integer, 8),
        new("办理渠道", "channels", CellKind.ChoiceList, 30, Vocabulary.Channels),
        new("通办范围", "crossRegion", CellKind.Choice, 10, Vocabulary.CrossRegionScopes),
        new("帮办代办", "assistance.offered", CellKind.YesNo, 8, YesNo),
        new("帮办代办电话", "assistance.hotline", CellKind.Text, 16),
        new("帮办代办说明", "assistance.note", CellKind.Text, 30),
        new("中介服务", "intermediaries", CellKind.ChoiceList, 14),
        new("网上办理例外", "onlineExemption.reason", CellKind.Choice, 12, Vocabulary.OnlineExemptionReasons),
        new("例外依据", "onlineExemption.basis.law", CellKind.Text, 30),
        new("例外依据条款", "onlineExemption.basis.article", CellKind.Text, 14),
        new("停用日期", "retiredOn", CellKind.Date, 12),
    ], [new(ItemNameDisplay, DisplayValue.ItemName, 28), new(AgencyNameDisplay, DisplayValue.AgencyName, 24)]);

    public static readonly SheetSpec Guide = new(GuideSheet, "", // rows go to basis, conditions or notes by 要素
    [
        new(CodeHeader, "", CellKind.Code, 36),
        new(ElementHeader, "", CellKind.Choice, 14, [ElementBasis, ElementCondition, ElementCommitmentCondition, ElementNote]),
        new("内容", "", CellKind.Text, 60),
        new("条款", "article", CellKind.Text, 16),
    ], ItemNameOnly);

    public static readonly SheetSpec Materials = new(MaterialsSheet, "materials",
    [
        new(CodeHeader, "", CellKind.Code, 36),
        new("材料名称", "name", CellKind.Text, 30),
        new("材料形式", "form", CellKind.Choice, 8, Vocabulary.MaterialForms),
        new("份数", "copies", CellKind.Integer, 6),
        new("是否必要", "required", CellKind.YesNo, 8, YesNo),
        new("需签字", "signature", CellKind.YesNo, 8, YesNo),
        new("需盖章", "seal", CellKind.YesNo, 8, YesNo),
        new("来源渠道", "source", CellKind.Choice, 12, Vocabulary.MaterialSources),
        new("空白表格", "blankForm", CellKind.Text, 24),
        new("示例样表", "sample", CellKind.Text, 24),
        new("填报须知", "fillNotes", CellKind.Text, 30),
        new("电子证照编码", "licence", CellKind.Code, 14),
        new("免提交", "exempt", CellKind.YesNo, 8, YesNo),
        new("可告知承诺", "commitment", CellKind.YesNo, 8, YesNo),
    ], ItemNameOnly);

    public static readonly SheetSpec Steps = new(StepsSheet, "steps",
    [
        new(CodeHeader, "", CellKind.Code, 36),
        new("顺序", "order", CellKind.Integer, 6),
        new("环节名称", "name", CellKind.Choice, 16, Vocabulary.StandardSteps),
        new("时限", "limit.days", CellKind.Integer, 8),
        new("时限单位", "limit.unit", CellKind.Choice, 10, Vocabulary.TimeUnits),
        new("责任岗位", "post", CellKind.Text, 20),
    ], ItemNameOnly);

    public static readonly SheetSpec Fees = new(FeesSheet, "fees",
    [
        new(CodeHeader, "", CellKind.Code, 36),
        new("收费项目名称", "name", CellKind.Text, 30),
        new("是否收费", "charged", CellKind.YesNo, 8, YesNo),
        new("金额（元）", "amount", CellKind.Number, 10),
        new("收费标准", "standard", CellKind.Text, 30),
        new("收费依据", "basis.law", CellKind.Text, 30),
        new("依据条款", "basis.article", CellKind.Text, 14),
    ], ItemNameOnly);

    /// <summary>The data sheets, in workbook order.</summary>
    public static readonly IReadOnlyList<SheetSpec> DataSheets = [Items, Guide, Materials, Steps, Fees];

    /// <summary>一件事 (service-bundles/): one row per bundle, then its members and its combined materials one per row, joined by 一件事编码.</summary>
    public const string BundlesSheet = "一件事";
    public const string BundleMembersSheet = "一件事成员";
    public const string BundleMaterialsSheet = "一件事材料";
    public const string BundleCodeHeader = "一件事编码";
    public const string BundleNameDisplay = "一件事名称（只读）";

    public static readonly SheetSpec Bundles = new(BundlesSheet, null,
    [
        new(BundleCodeHeader, "code", CellKind.Code, 16),
        new("一件事名称", "name", CellKind.Text, 30),
        new("区划代码", "region", CellKind.RegionCode, 12),
        new("牵头部门代码", "leadAgency", CellKind.Code, 22, Editable: true),
        new("状态", "status", CellKind.Choice, 8, Vocabulary.Statuses),
        new("承诺时限", "promisedLimit.days", CellKind.Integer, 8),
        new("承诺时限单位", "promisedLimit.unit", CellKind.Choice, 10, Vocabulary.TimeUnits),
        new("到现场次数", "visits", CellKind.Integer, 8),
        new("咨询电话", "consultation.phone", CellKind.Text, 16),
        new("咨询邮箱", "consultation.email", CellKind.Text, 24),
        new("停用日期", "retiredOn", CellKind.Date, 12),
    ], []);

    /// <summary>
    /// One row per member, rather than the codes joined in one cell: an implementation code is 36
    /// characters, so one per row stays readable, shows the member's name beside it, is removed by
    /// deleting its row (as a material is) and a mistyped one is reported at its own cell.
    /// </summary>
    public static readonly SheetSpec BundleMembers = new(BundleMembersSheet, "members",
    [
        new(BundleCodeHeader, "", CellKind.Code, 16),
        new("成员事项编码", "", CellKind.Code, 36),
    ], [new(ItemNameDisplay, DisplayValue.ItemName, 28), new(AgencyNameDisplay, DisplayValue.AgencyName, 24)]) { DisplayAt = 2 };

    /// <summary>The combined materials: the columns of 申请材料, keyed by 一件事编码.</summary>
    public static readonly SheetSpec BundleMaterials = new(BundleMaterialsSheet, "materials",
        [new(BundleCodeHeader, "", CellKind.Code, 16), .. Materials.Columns.Skip(1)],
        [new(BundleNameDisplay, DisplayValue.ItemName, 28)]);

    /// <summary>The 一件事 sheets, in workbook order (after the item sheets).</summary>
    public static readonly IReadOnlyList<SheetSpec> BundleSheets = [Bundles, BundleMembers, BundleMaterials];

    /// <summary>Every sheet of the forms that holds data: the item sheets, then the 一件事 sheets.</summary>
    public static readonly IReadOnlyList<SheetSpec> AllDataSheets = [.. DataSheets, .. BundleSheets];

    /// <summary>The item keys a data sheet fills (none for 事项目录, whose columns are the item's own fields).</summary>
    public static IEnumerable<string> KeysOf(string sheet) => sheet switch
    {
        GuideSheet => ["basis", "conditions", "commitmentConditions", "notes"],
        MaterialsSheet => ["materials"],
        StepsSheet => ["steps"],
        FeesSheet => ["fees"],
        _ => [],
    };

    /// <summary>The bundle keys a 一件事 sheet fills.</summary>
    public static IEnumerable<string> BundleKeysOf(string sheet) => sheet switch
    {
        BundleMembersSheet => ["members"],
        BundleMaterialsSheet => ["materials"],
        _ => [],
    };

    public static SheetSpec? Sheet(string name)
    {
        foreach (var s in AllDataSheets)
        {
            if (s.Name == name) return s;
        }
        return null;
    }
}

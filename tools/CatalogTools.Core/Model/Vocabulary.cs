namespace CatalogTools.Core.Model;

/// <summary>
/// The controlled vocabularies of the catalog, in the Chinese the files and users use. The JSON
/// Schemas hold the same lists; a test keeps the two equal.
/// </summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> ItemTypes = ["行政许可", "行政给付", "行政确认", "行政征收", "行政裁决", "行政奖励", "行政检查", "其他行政权力", "公共服务"];

    /// <summary>Types that reports count as 行政权力 (everything except 公共服务).</summary>
    public static bool IsAdministrativePower(string itemType) => itemType != PublicService;

    public const string PublicService = "公共服务";
    public const string NaturalPerson = "自然人";
    public const string LegalPerson = "法人";
    public static readonly IReadOnlyList<string> ServiceObjects = [NaturalPerson, LegalPerson];

    public const string Active = "在用";
    public const string Retired = "已停用";
    public static readonly IReadOnlyList<string> Statuses = [Active, Retired];

    /// <summary>The level of a city (市、州): the report counts mobile-channel items per region of this level.</summary>
    public const string CityLevel = "市级";
    public static readonly IReadOnlyList<string> Levels = ["省级", CityLevel, "县级", "乡级", "村级"];

    public const string WorkingDays = "工作日";
    public const string CalendarDays = "自然日";
    public static readonly IReadOnlyList<string> TimeUnits = [WorkingDays, CalendarDays];

    public const string Original = "原件";
    public const string Photocopy = "复印件";
    public const string Electronic = "电子";
    public static readonly IReadOnlyList<string> MaterialForms = [Original, Photocopy, Electronic];
    public static readonly IReadOnlyList<string> MaterialSources = ["申请人自备", "政府部门核发", "中介机构出具", "其他"];

    /// <summary>The standard steps, in their standard order (《哈尔滨市“一网通办”向基层延伸工作方案》（哈政办规〔2021〕7号）二(二)).</summary>
    public static readonly IReadOnlyList<string> StandardSteps = ["咨询", "预审", "申请", "受理", "审查", "决定", "决定公开", "证件制作与送达", "收费"];

    public const string Immediate = "即办件";
    public const string Promised = "承诺件";
    public static readonly IReadOnlyList<string> HandlingTypes = [Immediate, Promised];

    /// <summary>三级: online application and pre-review, at most one visit.</summary>
    public const string DepthLevel3 = "三级";

    /// <summary>四级: fully online (全程网办), no visit.</summary>
    public const string DepthLevel4 = "四级";
    public static readonly IReadOnlyList<string> OnlineDepths = ["一级", "二级", DepthLevel3, DepthLevel4];

    public const string OnlineHall = "网上办事大厅";
    public const string MobileApp = "政务服务移动端";
    public const string ThirdPartyPlatform = "第三方平台";
    public static readonly IReadOnlyList<string> Channels = [OnlineHall, MobileApp, "窗口", "自助终端", ThirdPartyPlatform];

    /// <summary>Channels through which an item can be handled without a visit.</summary>
    public static readonly IReadOnlyList<string> OnlineChannels = [OnlineHall, MobileApp, ThirdPartyPlatform];

    /// <summary>
    /// Name endings that make a material a form the office hands out (申请表, 登记表, 申请书, 声明书, 授权书,
    /// 承诺书): matched in the material names of the files (<c>GuideCompleteness.IsForm</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> FormNameEndings = ["表", "申请书", "声明书", "授权书", "承诺书"];

    public static readonly IReadOnlyList<string> CrossRegionScopes = ["不通办", "市内通办", "州内通办", "省内通办", "跨省通办", "全国通办"];

    /// <summary>
    /// How far a 通办 scope reaches, for the cumulative 通办 figures: 1 市（州）内, 2 省内, 3 跨省, 4 全国; 0 不通办 or unknown.
    /// A 全国通办 item is also handled across provinces, within the province and within the prefecture.
    /// </summary>
    public static int CrossRegionReach(string? scope) => scope switch
    {
        "市内通办" or "州内通办" => 1,
        "省内通办" => 2,
        "跨省通办" => 3,
        "全国通办" => 4,
        _ => 0,
    };

    public const string Classified = "涉密";
    public const string LawProvidesOtherwise = "法律另有规定";
    public static readonly IReadOnlyList<string> OnlineExemptionReasons = [Classified, LawProvidesOtherwise];

    public static readonly IReadOnlyList<string> LawStatuses = ["有效", "已废止"];

    public static int StepOrder(string stepName)
    {
        for (var i = 0; i < StandardSteps.Count; i++)
        {
            if (StandardSteps[i] == stepName) return i;
        }
        return -1;
    }
}

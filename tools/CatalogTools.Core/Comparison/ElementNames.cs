using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Comparison;

/// <summary>What users call each element (要素) of a guide, by its key in the files.</summary>
public static class ElementNames
{
    private static readonly Dictionary<string, (string Zh, string En)> Names = new(StringComparer.Ordinal)
    {
        ["code"] = ("编码", "code"),
        ["standard"] = ("标准事项", "standard item"),
        ["region"] = ("实施区划", "region"),
        ["agency"] = ("实施主体", "agency"),
        ["suffix"] = ("业务办理项", "business sub-item"),
        ["status"] = ("状态", "status"),
        ["levels"] = ("行使层级", "handling levels"),
        ["name"] = ("事项名称", "name"),
        ["type"] = ("事项类型", "item type"),
        ["serviceObjects"] = ("服务对象", "service object"),
        ["basis"] = ("设定依据", "legal basis"),
        ["conditions"] = ("受理条件", "conditions"),
        ["statutoryLimit"] = ("法定办结时限", "statutory time limit"),
        ["promisedLimit"] = ("承诺办结时限", "promised time limit"),
        ["materials"] = ("申请材料", "materials"),
        ["steps"] = ("办理环节", "steps"),
        ["fees"] = ("收费", "fees"),
        ["notes"] = ("注意事项", "notes"),
        ["handlingType"] = ("办件类型", "handling type"),
        ["address"] = ("办理地点", "location"),
        ["hours"] = ("办理时间", "hours"),
        ["consultation"] = ("咨询方式", "consultation"),
        ["complaint"] = ("监督投诉方式", "complaints"),
        ["appointment"] = ("预约办理", "appointment"),
        ["onlineDepth"] = ("网上办理深度", "online depth"),
        ["visits"] = ("到现场次数", "on-site visits"),
        ["channels"] = ("办理渠道", "channels"),
        ["crossRegion"] = ("通办范围", "cross-region scope"),
        ["retiredOn"] = ("停用日期", "retired on"),
        ["assistance"] = ("帮办代办", "assisted application (帮办代办)"),
        ["commitmentConditions"] = ("可告知承诺的条件", "conditions a signed commitment may replace"),
        ["intermediaries"] = ("中介服务", "intermediary services"),
        ["members"] = ("成员事项", "member items"),
        ["leadAgency"] = ("牵头部门", "lead agency"),
        ["onlineExemption"] = ("网上可办例外", "exemption from online handling"),
    };

    public static string Of(string element, Lang lang) =>
        Names.TryGetValue(element, out var n) ? (lang == Lang.Zh ? n.Zh : n.En) : element;

    /// <summary>Every element key, in the order guides show them.</summary>
    public static IReadOnlyCollection<string> Keys => Names.Keys;
}

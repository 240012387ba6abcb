using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Export;

/// <summary>The words of 填表说明, generated from the layout so they never drift from the columns.</summary>
public static class HelpText
{
    public static readonly IReadOnlyList<string> General =
    [
        "1. 每个事项在『事项目录』占一行；申请材料、办理环节、收费、办事指南（设定依据、受理条件、可告知承诺的条件、注意事项）每条一行，用『事项编码』对应到事项。",
        "2. 灰色列是编码和只读的名称，请勿修改（『事项目录』中已有事项的编码已锁定，工作表保护无密码）；新增事项时在表末填写新的编码。删除事项请把『状态』改为『已停用』并填写停用日期，不要删除行（编码永不复用）。",
        "3. 同一事项的多行按表中先后顺序导入；办理环节按『顺序』列。空白行会被忽略；隐藏的行和工作表同样会导入。",
        "4. 实施清单事项的申请材料、办理环节等留空表示沿用标准事项；填写后即为本单位的要素。",
        "5. 多个取值（服务对象、行使层级、办理渠道）用顿号『、』分隔。是否类的列填『是』或『否』。日期写成 2026-01-31。",
        "6. 不要改动工作表名称和表头文字；列的先后顺序可以调整，也可以在表头上方加标题行。『_导入信息』是隐藏工作表，导入时要用，请勿删除。",
        "7. 导入前会按 catalog check 的全部规则检查；有任何错误都不会写入，并指出工作表和单元格（如 申请材料!D17）。",
        "8. 一件事在『一件事』每件占一行；它的成员事项（实施编码）在『一件事成员』每个一行，合并后的申请材料在『一件事材料』每条一行，用『一件事编码』对应。删除成员或材料就删除那一行；停用一件事请改『状态』，不要删除行。",
    ];

    /// <summary>The input prompt Excel shows on a cell of the column (its 填表说明 text, shortened to a line).</summary>
    public static string Prompt(ColumnSpec column) => column.Header switch
    {
        MemberHeader => "成员事项的实施编码（事项目录中类别为实施清单的事项编码），每行一个",
        LeadAgencyHeader => "牵头部门的统一社会信用代码（18 位）",
        _ => KindPrompt(column),
    };

    internal const string MemberHeader = "成员事项编码";
    internal const string LeadAgencyHeader = "牵头部门代码";

    private static string KindPrompt(ColumnSpec column) => column.Kind switch
    {
        CellKind.Code => "编码，请勿修改已有编码；新增事项时填写新编码",
        CellKind.RegionCode => "6 位或 12 位区划代码，如 230100",
        CellKind.Integer => "填写整数，如 2",
        CellKind.Number => "填写数字，如 12.5",
        CellKind.YesNo => "从下拉列表选择：是 或 否",
        CellKind.Choice => "从下拉列表选择：" + string.Join("、", column.Choices ?? []),
        CellKind.ChoiceList => "可填多个，用顿号、分隔：" + string.Join("、", column.Choices ?? []),
        CellKind.Date => "日期，如 2026-01-31",
        _ => "文本，可换行（Alt+Enter）",
    };

    public static string For(SheetSpec sheet, ColumnSpec column)
    {
        if (sheet.IsDisplay(column.Header)) return "只读，显示编码对应的名称，便于查看和打印；导入时忽略";
        var what = column.Kind switch
        {
            CellKind.Code => "编码，文本格式，请勿修改已有编码",
            CellKind.RegionCode => "区划代码，6 位或 12 位数字（以数字保存丢失的前导 0 会自动补回）",
            CellKind.Integer => "整数",
            CellKind.Number => "数字",
            CellKind.YesNo => "是 / 否（下拉选择）",
            CellKind.Choice => "下拉选择：" + string.Join("、", column.Choices ?? []),
            CellKind.ChoiceList => "可填多个，用、分隔：" + string.Join("、", column.Choices ?? []),
            CellKind.Date => "日期，如 2026-01-31",
            _ => "文本，可换行",
        };
        if (sheet.Name == WorkbookLayout.GuideSheet && column.Header == "内容") what = "设定依据填法律法规名称（须已登记），受理条件、可告知承诺的条件、注意事项填一条的全文";
        if (sheet.Name == WorkbookLayout.GuideSheet && column.Header == "条款") what = "仅设定依据：条款，如 第十一条";
        if (column.Header is MemberHeader or LeadAgencyHeader) what = Prompt(column);
        if (sheet.Name != WorkbookLayout.BundlesSheet && column.Header == WorkbookLayout.BundleCodeHeader) what = "所属一件事的编码（须在『一件事』中有一行）";
        return what;
    }
}

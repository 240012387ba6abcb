
namespace CatalogTools.Core.Diagnostics;

/// <summary>What import finds in the workbook itself, before the catalog rules run (CAT0150–CAT0199).</summary>
public static class WorkbookRules
{
    public static readonly RuleDescriptor Unreadable = new(
        RuleIds.WorkbookUnreadable, "无法读取工作簿", "Workbook unreadable", "spreadsheet", Severity.Error,
        "无法读取工作簿：{detail}", "cannot read the workbook: {detail}",
        "用 Excel、WPS 或 LibreOffice 另存为 .xlsx（Excel 工作簿）后重新导入", "save it as .xlsx (Excel workbook) with Excel, WPS or LibreOffice and import again");

    public static readonly RuleDescriptor UnknownColumn = new(
        RuleIds.UnknownColumn, "无法识别的列", "Unknown column", "spreadsheet", Severity.Error,
        "工作表『{sheet}』的列『{header}』无法识别，其内容不会导入", "column '{header}' of sheet '{sheet}' is not a known column; its content would not be imported",
        "删除该列，或把表头改回导出时的文字（见『填表说明』）", "delete the column, or restore the header it had when exported (the how-to sheet, 填表说明, lists them)");

    public static readonly RuleDescriptor MissingColumn = new(
        RuleIds.MissingColumn, "缺少列", "Missing column", "spreadsheet", Severity.Error,
        "工作表『{sheet}』缺少列『{header}』", "sheet '{sheet}' has no column '{header}'",
        "恢复该列（表头文字见『填表说明』），列的先后顺序可以不同", "restore the column (the how-to sheet, 填表说明, lists the headers); the order of columns does not matter");

    public static readonly RuleDescriptor MissingSheet = new(
        RuleIds.MissingSheet, "缺少工作表", "Missing sheet", "spreadsheet", Severity.Error,
        "工作簿缺少工作表『{sheet}』", "the workbook has no sheet '{sheet}'",
        "使用 catalog export 导出的工作簿填写，不要删除或改名工作表", "fill in a workbook made by catalog export; do not delete or rename its sheets");

    public static readonly RuleDescriptor UnknownSheet = new(
        RuleIds.UnknownSheet, "无法识别的工作表", "Unknown sheet", "spreadsheet", Severity.Warning,
        "工作表『{sheet}』不是表单的一部分，未导入", "sheet '{sheet}' is not part of the forms and was not imported",
        "把其中的数据移到对应的工作表，或删除该工作表", "move its data to the matching sheet or delete the sheet");

    public static readonly RuleDescriptor RowWithoutCode = new(
        RuleIds.RowWithoutCode, "行缺少事项编码", "Row without code", "spreadsheet", Severity.Error,
        "该行有内容但没有事项编码，无法对应到事项", "this row has content but no item code, so it belongs to no item",
        "在『事项编码』列填写该行所属事项的编码，或删除该行", "fill in the item code of the row, or delete the row");

    public static readonly RuleDescriptor DuplicateRow = new(
        RuleIds.DuplicateRow, "重复的行", "Duplicate row", "spreadsheet", Severity.Error,
        "『{key}』重复出现（首次在第 {firstRow} 行）", "'{key}' appears twice (first at row {firstRow})",
        "删除或合并重复的行", "delete or merge the duplicate row");

    public static readonly RuleDescriptor UnmatchedCode = new(
        RuleIds.UnmatchedCode, "事项编码无对应事项", "Code matches no item", "spreadsheet", Severity.Error,
        "事项编码『{code}』在『事项目录』中没有对应的行", "item code '{code}' has no row in the item list sheet (事项目录)",
        "核对编码；新增事项须先在『事项目录』添加一行", "check the code; a new item needs a row in the item list sheet (事项目录) first");

    public static readonly RuleDescriptor ItemRowRemoved = new(
        RuleIds.ItemRowRemoved, "事项行被删除", "Item row removed", "spreadsheet", Severity.Error,
        "导出时的事项『{code}』在『事项目录』中找不到了（编码被删除或修改）", "item '{code}' was exported but the item list sheet (事项目录) no longer has it: its row was deleted or its code changed",
        "恢复该行；停用事项请把状态改为『已停用』并填写停用日期，编码不得修改或复用", "restore the row; to retire an item, set status (状态) to retired (已停用) and fill in the date it was retired on (停用日期); codes are never changed or reused");

    public static readonly RuleDescriptor BadCellValue = new(
        RuleIds.BadCellValue, "单元格内容无法识别", "Bad cell value", "spreadsheet", Severity.Error,
        "『{header}』的内容『{value}』不是{expected}", "'{value}' in column '{header}' is not {expected}",
        "按『填表说明』改写该单元格", "rewrite the cell as the how-to sheet (填表说明) describes");

    public static readonly RuleDescriptor WorkbookVersion = new(
        RuleIds.WorkbookVersion, "工作簿版本不符", "Workbook version mismatch", "spreadsheet", Severity.Error,
        "工作簿的结构版本是『{found}』，本工具需要『{expected}』", "the workbook's form version is '{found}', this tool needs '{expected}'",
        "用当前版本的 catalog export 重新导出，再把修改填入新工作簿", "export again with the current catalog export and copy the edits into the new workbook");

    public static readonly RuleDescriptor HiddenData = new(
        RuleIds.HiddenData, "隐藏的数据已导入", "Hidden data imported", "spreadsheet", Severity.Info,
        "{what}是隐藏的，已作为数据导入", "{what} hidden; imported as data",
        "确认隐藏的内容应当导入；不需要的行请删除而不是隐藏", "make sure hidden content should be imported; delete rows you do not want instead of hiding them");

    public static readonly RuleDescriptor Limit = new(
        RuleIds.WorkbookLimit, "工作簿超出读取限制", "Workbook exceeds a reading limit", "spreadsheet", Severity.Error,
        "工作簿超出读取限制，未导入：{detail}", "the workbook exceeds a reading limit and was not imported: {detail}",
        "表单工作簿不会这么大：用 catalog export 重新导出，只填写需要修改的内容（各项限制见 docs/security.md）",
        "a forms workbook is never this large: export again with catalog export and fill in only what changes (docs/security.md lists each limit)");

    public static readonly RuleDescriptor UncalculatedFormula = new(
        RuleIds.UncalculatedFormula, "公式没有计算结果", "Formula without a computed value", "spreadsheet", Severity.Error,
        "工作表『{sheet}』的这个单元格是公式，但工作簿中没有它的计算结果，无法知道它的值", "this cell of sheet '{sheet}' holds a formula but the workbook stores no computed value for it, so its value is unknown",
        "在 Excel、WPS 或 LibreOffice 中打开并保存一次（保存时计算公式），或把公式改为直接填写的值", "open and save the workbook once in Excel, WPS or LibreOffice (saving computes formulas), or replace the formula by the value itself");

    public static readonly RuleDescriptor DeletionNeedsConsent = new(
        RuleIds.DeletionNeedsConsent, "导入将删除大量内容", "Import would delete much content", "spreadsheet", Severity.Error,
        "导入将删除事项的{element} {removed}/{total} 项（超过 policy.yaml 中 import.maxDeletedShare 允许的 {share}）：{names}", "the import would delete {removed} of {total} {element} of the item (more than import.maxDeletedShare in policy.yaml allows, {share}): {names}",
        "如果确实要删除，用 --dry-run 核对后加 --allow-deletions 重新导入；否则恢复被删除的行", "if the deletion is meant, review it with --dry-run and import again with --allow-deletions; otherwise restore the deleted rows");

    public static readonly RuleDescriptor RenamedColumn = new(
        RuleIds.RenamedColumn, "表头被改名", "Header renamed", "spreadsheet", Severity.Error,
        "工作表『{sheet}』的表头『{found}』无法识别，且缺少列『{header}』：表头可能被改了名，该工作表未导入", "header '{found}' of sheet '{sheet}' is not known and column '{header}' is missing: the header was probably renamed; the sheet was not imported",
        "把表头『{found}』改回『{header}』（表头文字见『填表说明』）", "rename header '{found}' back to '{header}' (the how-to sheet, 填表说明, lists the headers)");

    public static readonly RuleDescriptor CellInvalid = new(
        RuleIds.CellInvalid, "单元格不符合要求", "Cell not as required", "spreadsheet", Severity.Error,
        "『{header}』的内容『{value}』不符合要求：{detail}", "'{value}' in column '{header}' is not as required: {detail}",
        "按单元格的输入提示改写：{prompt}", "rewrite the cell as its input prompt says: {prompt}");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [Unreadable, UnknownColumn, MissingColumn, MissingSheet, UnknownSheet, RowWithoutCode, DuplicateRow, UnmatchedCode, ItemRowRemoved, BadCellValue, WorkbookVersion, HiddenData, Limit, UncalculatedFormula, DeletionNeedsConsent, RenamedColumn, CellInvalid];
}


namespace CatalogTools.Core.Diagnostics;

/// <summary>What import finds in the workbook itself, before the catalog rules run (CAT0150–CAT0199).</summary>
public static class WorkbookRules
{
    public static readonly RuleDescriptor Unreadable = new(RuleIds.WorkbookUnreadable, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor UnknownColumn = new(RuleIds.UnknownColumn, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor MissingColumn = new(RuleIds.MissingColumn, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor MissingSheet = new(RuleIds.MissingSheet, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor UnknownSheet = new(RuleIds.UnknownSheet, category: "spreadsheet", severity: Severity.Warning);

    public static readonly RuleDescriptor RowWithoutCode = new(RuleIds.RowWithoutCode, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor DuplicateRow = new(RuleIds.DuplicateRow, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor UnmatchedCode = new(RuleIds.UnmatchedCode, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor ItemRowRemoved = new(RuleIds.ItemRowRemoved, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor BadCellValue = new(RuleIds.BadCellValue, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor WorkbookVersion = new(RuleIds.WorkbookVersion, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor HiddenData = new(RuleIds.HiddenData, category: "spreadsheet", severity: Severity.Info);

    public static readonly RuleDescriptor Limit = new(RuleIds.WorkbookLimit, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor UncalculatedFormula = new(RuleIds.UncalculatedFormula, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor DeletionNeedsConsent = new(RuleIds.DeletionNeedsConsent, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor RenamedColumn = new(RuleIds.RenamedColumn, category: "spreadsheet", severity: Severity.Error);

    public static readonly RuleDescriptor CellInvalid = new(RuleIds.CellInvalid, category: "spreadsheet", severity: Severity.Error);

    /// <summary>一件事 sheets: a member cell that is no implementation code of the catalog or the workbook.</summary>
    public static readonly RuleDescriptor BundleMemberNotAnItem = new(RuleIds.BundleMemberNotAnItem, category: "spreadsheet", severity: Severity.Error);

    /// <summary>一件事 sheets: a member or material row whose 一件事编码 has no row in 一件事.</summary>
    public static readonly RuleDescriptor BundleUnmatchedCode = new(RuleIds.BundleUnmatchedCode, category: "spreadsheet", severity: Severity.Error);

    /// <summary>一件事 sheets: an exported bundle's row is gone (bundles are retired, never deleted).</summary>
    public static readonly RuleDescriptor BundleRowRemoved = new(RuleIds.BundleRowRemoved, category: "spreadsheet", severity: Severity.Error);

    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [Unreadable, UnknownColumn, MissingColumn, MissingSheet, UnknownSheet, RowWithoutCode, DuplicateRow, UnmatchedCode, ItemRowRemoved, BadCellValue, WorkbookVersion, HiddenData, Limit, UncalculatedFormula, DeletionNeedsConsent, RenamedColumn, CellInvalid,
            BundleMemberNotAnItem, BundleUnmatchedCode, BundleRowRemoved];
}

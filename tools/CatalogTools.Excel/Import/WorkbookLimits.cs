using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Excel.Import;

/// <summary>
/// How much a workbook may hold before import reads it. Sizes of the package and of each part are
/// checked from the zip directory before anything is inflated; counts and lengths are checked while
/// reading, so a part that lies about its size still stops at a bound. The figures sit above a
/// province's export (10^5 items, a few hundred MB of sheet XML) and at Excel's own limits where it
/// has them; docs/security.md ("Limits on input") lists them.
/// </summary>
public sealed record WorkbookLimits(
    long MaxPackageBytes,
    long MaxPartBytes,
    long MaxTotalBytes,
    int MaxSharedStrings,
    long MaxSharedStringChars,
    int MaxRows,
    int MaxColumns,
    long MaxCells,
    int MaxCellChars)
{
    public static WorkbookLimits Default { get; } = new(
        MaxPackageBytes: 256L * 1024 * 1024,
        MaxPartBytes: 512L * 1024 * 1024,
        MaxTotalBytes: 2L * 1024 * 1024 * 1024,
        MaxSharedStrings: 2_000_000,
        MaxSharedStringChars: 100_000_000,
        MaxRows: 1_048_576,
        MaxColumns: 16_384,
        MaxCells: 20_000_000,
        MaxCellChars: 32_767);
}

/// <summary>A workbook beyond one of <see cref="WorkbookLimits"/>: where (a part, or a sheet and cell) and what, in both languages.</summary>
public sealed class WorkbookLimitException(MessageArgument detail, string? sheet = null, int row = 1, int column = 0) : Exception(detail.ToString())
{
    public MessageArgument Detail => detail;
    public string? Sheet => sheet;
    public int Row => row;
    public int Column => column;
}

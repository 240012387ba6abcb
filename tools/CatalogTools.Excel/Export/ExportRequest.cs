namespace CatalogTools.Excel.Export;

/// <summary>What to export: everything, or the implementations of one region (and below), or some standard items with their implementations.</summary>
public sealed record ExportRequest(string? Region, IReadOnlyList<string> Standards);

/// <summary>What was written, and the files that could not be read (left out, named).</summary>
public sealed record ExportResult(int Standards, int Implementations, int Rows, IReadOnlyList<string> UnreadableFiles, string Revision)
{
    /// <summary>The workbooks written instead of one when one could not hold the rows (empty otherwise).</summary>
    public IReadOnlyList<ExportedPart> Parts { get; init; } = [];

    /// <summary>Written workbooks that import would refuse (a reading limit passed, as import says it): none, unless texts are far longer than usual.</summary>
    public IReadOnlyList<WorkbookBeyondLimits> BeyondImportLimits { get; init; } = [];
}

/// <summary>A written workbook import would not read, and which limit it passes.</summary>
public sealed record WorkbookBeyondLimits(string File, Core.Diagnostics.MessageArgument Detail);

/// <summary>One workbook of a split export: its path, the regions it holds ("standards" for the standard items) and its counts.</summary>
public sealed record ExportedPart(string File, IReadOnlyList<string> Regions, int Standards, int Implementations);

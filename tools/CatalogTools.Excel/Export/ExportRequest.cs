namespace CatalogTools.Excel.Export;

/// <summary>What to export: everything, or the implementations of one region (and below), or some standard items with their implementations.</summary>
public sealed record ExportRequest(string? Region, IReadOnlyList<string> Standards);

/// <summary>What was written, and the files that could not be read (left out, named).</summary>
public sealed record ExportResult(int Standards, int Implementations, int Rows, IReadOnlyList<string> UnreadableFiles, string Revision);

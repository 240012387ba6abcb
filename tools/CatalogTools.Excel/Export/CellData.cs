namespace CatalogTools.Excel.Export;

/// <summary>One cell to write: text, or a number (written as a numeric cell).</summary>
public readonly record struct CellData(string? Text, double? Number)
{
    public static readonly CellData Empty = default;

    public bool IsEmpty => Text is null && Number is null;

    public static CellData Of(string text) => new(text, null);

    public static CellData Of(double number) => new(null, number);
}

namespace CatalogTools.Excel.Layout;

/// <summary>
/// One sheet of the form: its name, the list element its rows fill (null for the one-row-per-item
/// sheet 事项目录) and its columns. The first column of every sheet is the item code.
/// </summary>
public sealed record SheetSpec(string Name, string? ListKey, IReadOnlyList<ColumnSpec> Columns)
{
    public ColumnSpec? Column(string header)
    {
        foreach (var c in Columns)
        {
            if (c.Header == header) return c;
        }
        return null;
    }
}

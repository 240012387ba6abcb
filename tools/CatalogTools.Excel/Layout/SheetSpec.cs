namespace CatalogTools.Excel.Layout;

/// <summary>
/// One sheet of the form: its name, the list element its rows fill (null for the one-row-per-item
/// sheet 事项目录) and its columns. The first column of every sheet is the item code.
/// </summary>
/// <remarks>
/// <see cref="Display"/> columns (item and agency names, read-only) stand right after the code so a
/// printed or scrolled sheet says what each code is; they are written on export and never imported.
/// <see cref="Columns"/> stays the list of data columns, so import and the flattener index it as before.
/// </remarks>
public sealed record SheetSpec(string Name, string? ListKey, IReadOnlyList<ColumnSpec> Columns, IReadOnlyList<DisplayColumn> Display)
{
    /// <summary>How many data columns stand before the display columns: 1 (the code), or 2 on 一件事成员 (the member's names follow the member's code).</summary>
    public int DisplayAt { get; init; } = 1;

    /// <summary>The columns as they stand in the sheet: the code, the display columns, then the rest.</summary>
    public IReadOnlyList<ColumnSpec> SheetColumns => _sheetColumns ??=
        [.. Columns.Take(DisplayAt), .. Display.Select(d => new ColumnSpec(d.Header, "", CellKind.Text, d.Width)), .. Columns.Skip(DisplayAt)];

    private IReadOnlyList<ColumnSpec>? _sheetColumns;

    /// <summary>Whether a header names one of this sheet's display columns.</summary>
    public bool IsDisplay(string header)
    {
        foreach (var d in Display)
        {
            if (d.Header == header) return true;
        }
        return false;
    }

    public ColumnSpec? Column(string header)
    {
        foreach (var c in Columns)
        {
            if (c.Header == header) return c;
        }
        return null;
    }
}

/// <summary>What a read-only display column shows.</summary>
public enum DisplayValue
{
    /// <summary>The item's name: its own, or (for an implementation that inherits it) its standard's.</summary>
    ItemName,

    /// <summary>The implementing agency's name from the agencies registry.</summary>
    AgencyName,
}

/// <summary>A read-only column that shows a name beside a code; export fills it, import ignores it.</summary>
public sealed record DisplayColumn(string Header, DisplayValue Value, double Width);

namespace CatalogTools.Excel.Layout;

/// <summary>How a column's cells turn into YAML scalars and back.</summary>
public enum CellKind
{
    /// <summary>Free text (a YAML string).</summary>
    Text,

    /// <summary>A code: text, no inner whitespace, shown read-only (grey).</summary>
    Code,

    /// <summary>A region code: a code whose lost leading zeros are padded back to 6 or 12 digits.</summary>
    RegionCode,

    /// <summary>A whole number (days, copies, visits, order).</summary>
    Integer,

    /// <summary>A decimal number (amounts in yuan).</summary>
    Number,

    /// <summary>是 / 否 (a YAML boolean).</summary>
    YesNo,

    /// <summary>One value from a vocabulary (drop-down).</summary>
    Choice,

    /// <summary>Several values from a vocabulary, joined with 、 in one cell.</summary>
    ChoiceList,

    /// <summary>A date written yyyy-MM-dd (Excel serial numbers are converted).</summary>
    Date,
}

/// <summary>
/// One column of a form: its Chinese header, the YAML path it fills (dotted, relative to the
/// item or list entry), how cells are read and written, the drop-down choices and its width.
/// <paramref name="Editable"/>: a code that is not part of the row's key (一件事's 牵头部门代码), so offices may change it:
/// read as a code, shown and protected like any input column.
/// </summary>
public sealed record ColumnSpec(string Header, string Path, CellKind Kind, double Width, IReadOnlyList<string>? Choices = null, bool Editable = false)
{
    public bool IsCode => Kind is CellKind.Code or CellKind.RegionCode;

    /// <summary>A code that identifies the row: grey, and locked on a protected sheet.</summary>
    public bool IsKey => IsCode && !Editable;
}

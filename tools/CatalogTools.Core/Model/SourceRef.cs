namespace CatalogTools.Core.Model;

/// <summary>A place in a catalog file: path relative to the catalog root, 1-based line and column.</summary>
public readonly record struct SourceRef(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}

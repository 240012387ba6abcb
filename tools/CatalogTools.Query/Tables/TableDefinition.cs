using DuckDB.NET.Data;

namespace CatalogTools.Query.Tables;

/// <summary>One column of a catalog table: its SQL name and DuckDB type.</summary>
public sealed record TableColumn(string Name, string SqlType);

/// <summary>
/// One table of the catalog database: its name, columns (in order) and how its rows are appended
/// from the loaded catalog. docs/query.md documents every table and column; a test keeps them equal.
/// </summary>
public abstract class TableDefinition
{
    public abstract string Name { get; }
    public abstract IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Appends every row, in the column order of <see cref="Columns"/>.</summary>
    public abstract void Append(QuerySource source, DuckDBAppender appender);

    public string CreateStatement() =>
        $"CREATE TABLE {Name} ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.SqlType}"))})";

    protected static TableColumn Text(string name) => new(name, "VARCHAR");
    protected static TableColumn Int(string name) => new(name, "INTEGER");
    protected static TableColumn Bool(string name) => new(name, "BOOLEAN");
    protected static TableColumn Real(string name) => new(name, "DOUBLE");
}

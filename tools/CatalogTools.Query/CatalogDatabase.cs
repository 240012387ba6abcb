using System.Text.RegularExpressions;
using CatalogTools.Query.Tables;
using DuckDB.NET.Data;

namespace CatalogTools.Query;

/// <summary>
/// An in-memory DuckDB database holding the catalog's tables (<see cref="CatalogTables"/>). Every
/// table is created; rows are appended (DuckDB appender) only into the tables a run needs, so a
/// query over implementations does not run the rules or compute the report.
/// </summary>
public sealed class CatalogDatabase : IDisposable
{
    private readonly DuckDBConnection _connection;

    private CatalogDatabase(DuckDBConnection connection) => _connection = connection;

    /// <param name="fill">Which tables get their rows; the others stay empty.</param>
    public static CatalogDatabase Open(QuerySource source, Func<TableDefinition, bool> fill, Action<string>? mark = null)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var database = new CatalogDatabase(connection);
        try
        {
            foreach (var table in CatalogTables.All)
            {
                database.Execute(table.CreateStatement());
                if (!fill(table)) continue;
                using (var appender = connection.CreateAppender(table.Name))
                {
                    table.Append(source, appender);
                }
                mark?.Invoke(table.Name);
            }
        }
        catch
        {
            database.Dispose();
            throw;
        }
        return database;
    }

    /// <summary>The tables a SQL text names (as whole words, any case).</summary>
    public static Func<TableDefinition, bool> TablesNamedIn(string sql) =>
        table => Regex.IsMatch(sql, $@"(?<![\w.]){table.Name}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Runs one SQL text; a DuckDB error (syntax, unknown column …) comes back as the result's error, not an exception.</summary>
    public QueryResult Run(string sql)
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var columns = new string[reader.FieldCount];
            var types = new string[reader.FieldCount];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = reader.GetName(i);
                types[i] = reader.GetDataTypeName(i);
            }
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[columns.Length];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                rows.Add(row);
            }
            return new QueryResult(columns, types, rows, null);
        }
        catch (DuckDBException e)
        {
            return new QueryResult([], [], [], e.Message);
        }
    }

    /// <summary>Writes every table as DIR/&lt;table&gt;.parquet, each through a temp file renamed over the target.</summary>
    public IReadOnlyList<string> ExportParquet(string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var table in CatalogTables.All)
        {
            var target = Path.GetFullPath(Path.Combine(directory, table.Name + ".parquet"));
            var temp = target + ".tmp-" + Environment.ProcessId;
            Execute($"COPY {table.Name} TO '{temp.Replace("'", "''")}' (FORMAT PARQUET)");
            File.Move(temp, target, overwrite: true);
            written.Add(target);
        }
        return written;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}

/// <summary>A query's columns (names and DuckDB types) and rows, or the database's error message.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<string> Types, IReadOnlyList<object?[]> Rows, string? Error);

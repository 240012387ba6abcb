using CatalogTools.Query.Tables;

using Xunit;

namespace CatalogTools.Query.Tests;

/// <summary>Every table and column docs/query.md documents exists in the database with its documented type, and nothing is undocumented.</summary>
public sealed class DocumentedTablesTests(SampleDatabase sample) : IClassFixture<SampleDatabase>
{
    [Fact]
    public void Docs_list_the_ten_tables_the_issue_names()
    {
        Assert.Equal(
            ["standards", "implementations", "materials", "steps", "fees", "regions", "agencies", "laws", "diagnostics", "figures"],
            QueryDocs.Tables().Keys.ToArray());
    }

    [Fact]
    public void Every_documented_table_exists_with_its_documented_columns_in_order()
    {
        foreach (var (table, documented) in QueryDocs.Tables())
        {
            Assert.NotEmpty(documented);
            var actual = sample.Rows($"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position");
            Assert.True(actual.Count > 0, $"table {table} is documented but does not exist");
            Assert.Equal(documented.Select(c => $"{c.Name} {c.Type}").ToArray(), actual.Select(r => $"{r[0]} {r[1]}").ToArray());
        }
    }

    [Fact]
    public void Every_table_in_the_database_is_documented()
    {
        var tables = sample.Rows("SELECT table_name FROM information_schema.tables ORDER BY table_name").Select(r => r[0]).ToArray();
        Assert.Equal(QueryDocs.Tables().Keys.Order(StringComparer.Ordinal).ToArray(), tables);
        Assert.Equal(CatalogTables.All.Select(t => t.Name).ToArray(), QueryDocs.Tables().Keys.ToArray());
    }

    [Fact]
    public void Every_table_has_rows_from_the_sample_except_diagnostics_of_a_clean_catalog()
    {
        foreach (var table in CatalogTables.All)
        {
            var count = long.Parse(sample.Rows($"SELECT count(*) FROM {table.Name}")[0][0]);
            if (table.Name == "diagnostics") Assert.Equal(0, count);
            else Assert.True(count > 0, $"{table.Name} is empty");
        }
        Assert.Equal(sample.Loaded.Index.ImplementationList.Count.ToString(), sample.Rows("SELECT count(*) FROM implementations")[0][0]);
    }
}

using CatalogTools.Query.Tables;
using CatalogTools.Tests.Shared;

using Xunit;

namespace CatalogTools.Query.Tests;

/// <summary>`catalog export --format parquet -o DIR` writes every table; read back in DuckDB, each has the same rows as the query database.</summary>
public sealed class ParquetExportTests(SampleDatabase sample) : IClassFixture<SampleDatabase>
{
    [Fact]
    public void Every_table_reads_back_from_parquet_with_the_same_rows()
    {
        var dir = Path.Combine(Path.GetTempPath(), "parquet-test-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var outcome = CliRun.Run("export", "--format", "parquet", "-o", dir, "--catalog", RepoPaths.SampleCatalog);
            Assert.True(outcome.ExitCode == 0, outcome.Error);
            Assert.Equal(CatalogTables.All.Select(t => t.Name + ".parquet").Order(StringComparer.Ordinal), Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var table in CatalogTables.All)
            {
                var file = Path.Combine(dir, table.Name + ".parquet").Replace("'", "''");
                var count = sample.Rows($"SELECT count(*) FROM {table.Name}")[0][0];
                Assert.Equal(count, sample.Rows($"SELECT count(*) FROM read_parquet('{file}')")[0][0]);
                Assert.Equal("0", sample.Rows($"SELECT count(*) FROM (SELECT * FROM {table.Name} EXCEPT ALL SELECT * FROM read_parquet('{file}'))")[0][0]);
                Assert.Equal("0", sample.Rows($"SELECT count(*) FROM (SELECT * FROM read_parquet('{file}') EXCEPT ALL SELECT * FROM {table.Name})")[0][0]);
                Assert.Equal(
                    sample.Rows($"SELECT column_name, column_type FROM (DESCRIBE {table.Name})"),
                    sample.Rows($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{file}'))"));
            }
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Parquet_without_an_output_folder_cannot_run()
    {
        var outcome = CliRun.Run("export", "--format", "parquet", "--catalog", RepoPaths.SampleCatalog);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("-o", outcome.Error);
    }
}

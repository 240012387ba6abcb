using System.Text.Json;
using ClosedXML.Excel;
using CatalogTools.Tests.Shared;

using Xunit;

namespace CatalogTools.Query.Tests;

/// <summary>The `catalog query` command line: formats, files, and bad input.</summary>
public sealed class QueryCommandTests
{
    private const string CountyQuery = "SELECT code, name, level FROM regions WHERE level = '县级' ORDER BY code";

    [Fact]
    public void Table_output_aligns_chinese_text_and_counts_rows()
    {
        var outcome = CliRun.Run("query", CountyQuery, "--catalog", RepoPaths.SampleCatalog);
        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code   | name   | level", lines[0]);
        Assert.Equal("230123 | 依兰县 | 县级", lines[2]);
        Assert.Equal("（6 行）", lines[^1]);
    }

    [Fact]
    public void Csv_json_and_xlsx_carry_the_same_rows()
    {
        var csv = CliRun.Run("query", CountyQuery, "--format", "csv", "--catalog", RepoPaths.SampleCatalog);
        Assert.Equal(0, csv.ExitCode);
        var csvLines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,name,level", csvLines[0]);
        Assert.Equal(7, csvLines.Length);

        var json = CliRun.Run("query", CountyQuery + " LIMIT 2", "--format", "json", "--catalog", RepoPaths.SampleCatalog);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("依兰县", doc.RootElement.GetProperty("rows")[0].GetProperty("name").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("rows").GetArrayLength());

        var file = Path.Combine(Path.GetTempPath(), "query-" + Guid.NewGuid().ToString("N")[..8] + ".xlsx");
        try
        {
            var xlsx = CliRun.Run("query", "SELECT name, count(*) AS n FROM regions GROUP BY name HAVING name = '=1+1' OR name LIKE '%县' ORDER BY name", "--format", "xlsx", "-o", file, "--catalog", RepoPaths.SampleCatalog);
            Assert.True(xlsx.ExitCode == 0, xlsx.Error);
            using var book = new XLWorkbook(file);
            var sheet = book.Worksheet("查询结果");
            Assert.Equal("name", sheet.Cell(1, 1).GetString());
            Assert.Equal(6, sheet.RowsUsed().Count() - 1);
            Assert.Equal(XLDataType.Number, sheet.Cell(2, 2).DataType);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Catalog_text_that_looks_like_a_formula_stays_text_in_xlsx()
    {
        var file = Path.Combine(Path.GetTempPath(), "query-" + Guid.NewGuid().ToString("N")[..8] + ".xlsx");
        try
        {
            var xlsx = CliRun.Run("query", "SELECT '=HYPERLINK(\"http://x\")' AS text", "--format", "xlsx", "-o", file, "--catalog", RepoPaths.SampleCatalog);
            Assert.Equal(0, xlsx.ExitCode);
            using var book = new XLWorkbook(file);
            var cell = book.Worksheet("查询结果").Cell(2, 1);
            Assert.False(cell.HasFormula);
            Assert.Equal("=HYPERLINK(\"http://x\")", cell.GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Bad_sql_is_a_clear_error_with_exit_code_2()
    {
        var outcome = CliRun.Run("query", "SELECT nosuchcolumn FROM implementations", "--catalog", RepoPaths.SampleCatalog);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("SQL 无法执行", outcome.Error);
        Assert.Contains("nosuchcolumn", outcome.Error);
        Assert.Contains("docs/query.md", outcome.Error);
        Assert.Equal("", outcome.Out);
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--format", "xlsx")]
    public void Unknown_format_or_xlsx_without_a_file_cannot_run(string option, string value)
    {
        var outcome = CliRun.Run("query", "SELECT 1", option, value, "--catalog", RepoPaths.SampleCatalog);
        Assert.Equal(2, outcome.ExitCode);
        Assert.NotEqual("", outcome.Error);
    }

    [Fact]
    public void English_messages_with_lang_en()
    {
        var outcome = CliRun.Run("query", "SELEC 1", "--lang", "en", "--catalog", RepoPaths.SampleCatalog);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("the SQL could not run", outcome.Error);
    }
}

namespace CatalogTools.Query.Output;

/// <summary>RFC 4180 CSV: a header row, fields quoted when they hold a comma, quote or line break.</summary>
public static class CsvWriter
{
    public static void Write(QueryResult result, TextWriter output)
    {
        output.Write(string.Join(",", result.Columns.Select(Field)));
        output.Write("\r\n");
        foreach (var row in result.Rows)
        {
            output.Write(string.Join(",", row.Select(v => Field(ValueText.Of(v)))));
            output.Write("\r\n");
        }
    }

    private static string Field(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
}

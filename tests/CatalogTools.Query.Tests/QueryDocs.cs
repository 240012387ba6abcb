using System.Text.RegularExpressions;
using CatalogTools.Tests.Shared;

using Xunit;

namespace CatalogTools.Query.Tests;

/// <summary>A documented column: name and DuckDB type, as docs/query.md lists them.</summary>
public sealed record DocumentedColumn(string Name, string Type);

/// <summary>A worked question of docs/query.md: its number, SQL and the result shown for the sample.</summary>
public sealed record WorkedQuestion(int Number, string Sql, string SampleResult);

/// <summary>Reads docs/query.md: the tables with their columns, and the ten worked questions.</summary>
public static class QueryDocs
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "query.md"));

    public static IReadOnlyDictionary<string, IReadOnlyList<DocumentedColumn>> Tables()
    {
        var tables = new Dictionary<string, IReadOnlyList<DocumentedColumn>>(StringComparer.Ordinal);
        var section = Text[..Text.IndexOf("## 十个常见问题", StringComparison.Ordinal)];
        foreach (Match table in Regex.Matches(section, @"^### `(\w+)`\n(.*?)(?=^### |\z)", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            var columns = Regex.Matches(table.Groups[2].Value, @"^\| `(\w+)` \| ([A-Z0-9(),]+) \|", RegexOptions.Multiline)
                .Select(m => new DocumentedColumn(m.Groups[1].Value, m.Groups[2].Value)).ToList();
            tables[table.Groups[1].Value] = columns;
        }
        return tables;
    }

    public static IReadOnlyList<WorkedQuestion> Questions() =>
        Regex.Matches(Text, @"^### Q(\d+)\..*?```sql\n(.*?)```.*?```text\n(.*?)```", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => new WorkedQuestion(int.Parse(m.Groups[1].Value), m.Groups[2].Value, m.Groups[3].Value))
            .ToList();

    public static WorkedQuestion Question(int number) => Questions().Single(q => q.Number == number);
}

using CatalogTools.Core.Diagnostics;
using DuckDB.NET.Data;

namespace CatalogTools.Query.Tables;

/// <summary>diagnostics: what `catalog check` finds (after the policy's severities and each file's suppressions).</summary>
public sealed class DiagnosticsTable : TableDefinition
{
    public override string Name => "diagnostics";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Text("rule"), Text("title"), Text("severity"), Text("file"), Int("line"), Int("col"), Text("item"), Text("message"), Text("fix"),
    ];

    public override void Append(QuerySource source, DuckDBAppender appender)
    {
        var lang = source.Lang;
        foreach (var d in source.Diagnostics)
        {
            appender.CreateRow()
                .AppendValue(d.Rule.Id).AppendValue(d.Rule.Title(lang)).AppendValue(SeverityText.Id(d.Severity)).AppendValue(d.File)
                .AppendValue(d.Line).AppendValue(d.Column).AppendValue(d.Item).AppendValue(d.Message(lang)).AppendValue(d.Fix(lang))
                .EndRow();
        }
    }
}

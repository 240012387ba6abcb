using DuckDB.NET.Data;

namespace CatalogTools.Query.Tables;

/// <summary>standards: one row per standard item (基本目录事项), retired ones included.</summary>
public sealed class StandardsTable : TableDefinition
{
    public override string Name => "standards";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Text("code"), Text("name"), Text("type"), Text("status"), Text("levels"), Text("service_objects"),
        Int("statutory_days"), Text("statutory_unit"), Int("material_count"), Int("step_count"), Int("fee_count"),
        Int("implementation_count"), Text("retired_on"), Text("file"),
    ];

    public override void Append(QuerySource source, DuckDBAppender appender)
    {
        foreach (var standard in source.Index.StandardList)
        {
            var e = standard.Elements;
            appender.CreateRow()
                .AppendValue(standard.Code).AppendValue(standard.Name).AppendValue(standard.Type).AppendValue(standard.Status)
                .AppendValue(string.Join("、", standard.Levels)).AppendValue(string.Join("、", e.ServiceObjects ?? []))
                .AppendValue(e.StatutoryLimit?.Days).AppendValue(e.StatutoryLimit?.Unit)
                .AppendValue(e.Materials?.Count ?? 0).AppendValue(e.Steps?.Count ?? 0).AppendValue(e.Fees?.Count ?? 0)
                .AppendValue(source.Index.ImplementationsOf(standard.Code).Count).AppendValue(standard.RetiredOn).AppendValue(standard.Source.File)
                .EndRow();
        }
    }
}

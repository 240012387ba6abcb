using DuckDB.NET.Data;

namespace CatalogTools.Query.Tables;

/// <summary>steps: every handling step of every resolved implementation (its own list, else the standard's).</summary>
public sealed class StepsTable : TableDefinition
{
    public override string Name => "steps";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Text("implementation_code"), Text("standard_code"), Text("region"), Int("step_order"), Text("name"),
        Int("limit_days"), Text("limit_unit"), Text("post"), Bool("own"),
    ];

    public override void Append(QuerySource source, DuckDBAppender appender)
    {
        foreach (var item in source.Index.ResolveAll())
        {
            var impl = item.Implementation;
            var own = impl.Own.Steps is not null;
            foreach (var s in item.Steps)
            {
                appender.CreateRow()
                    .AppendValue(impl.Code).AppendValue(impl.StandardCode).AppendValue(impl.Region).AppendValue(s.Order).AppendValue(s.Name)
                    .AppendValue(s.Limit?.Days).AppendValue(s.Limit?.Unit).AppendValue(s.Post).AppendValue(own)
                    .EndRow();
            }
        }
    }
}

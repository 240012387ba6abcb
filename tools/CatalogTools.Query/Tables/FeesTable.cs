using DuckDB.NET.Data;

namespace CatalogTools.Query.Tables;

/// <summary>fees: every fee of every resolved implementation (its own list, else the standard's).</summary>
public sealed class FeesTable : TableDefinition
{
    public override string Name => "fees";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Text("implementation_code"), Text("standard_code"), Text("region"), Int("position"), Text("name"), Bool("charged"),
        new("amount", "DECIMAL(18,2)"), Text("standard"), Text("basis_law"), Text("basis_article"), Bool("own"),
    ];

    public override void Append(QuerySource source, DuckDBAppender appender)
    {
        foreach (var item in source.Index.ResolveAll())
        {
            var impl = item.Implementation;
            var own = impl.Own.Fees is not null;
            var position = 0;
            foreach (var f in item.Fees)
            {
                appender.CreateRow()
                    .AppendValue(impl.Code).AppendValue(impl.StandardCode).AppendValue(impl.Region).AppendValue(++position).AppendValue(f.Name)
                    .AppendValue(f.Charged).AppendValue(f.Amount).AppendValue(f.Standard).AppendValue(f.Basis?.Law).AppendValue(f.Basis?.Article)
                    .AppendValue(own)
                    .EndRow();
            }
        }
    }
}

using DuckDB.NET.Data;

namespace CatalogTools.Query.Tables;

/// <summary>materials: every material of every resolved implementation (its own list, else the standard's).</summary>
public sealed class MaterialsTable : TableDefinition
{
    public override string Name => "materials";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Text("implementation_code"), Text("standard_code"), Text("region"), Int("position"), Text("name"), Text("form"),
        Int("copies"), Bool("required"), Bool("signature"), Bool("seal"), Text("source"), Text("licence"), Bool("exempt"),
        Bool("own"), Bool("cancelled_proof"), Bool("e_licence_held"),
    ];

    public override void Append(QuerySource source, DuckDBAppender appender)
    {
        var index = source.Index;
        foreach (var item in source.Index.ResolveAll())
        {
            var impl = item.Implementation;
            var own = impl.Own.Materials is not null;
            var position = 0;
            foreach (var m in item.Materials)
            {
                var held = (m.Licence is { } licence && index.ELicences.ContainsKey(licence)) || index.ELicencesByName.ContainsKey(m.Name);
                appender.CreateRow()
                    .AppendValue(impl.Code).AppendValue(impl.StandardCode).AppendValue(impl.Region).AppendValue(++position)
                    .AppendValue(m.Name).AppendValue(m.Form).AppendValue(m.Copies).AppendValue(m.Required).AppendValue(m.Signature).AppendValue(m.Seal)
                    .AppendValue(m.MaterialSource).AppendValue(m.Licence).AppendValue(m.Exempt)
                    .AppendValue(own).AppendValue(index.CancelledProofs.ContainsKey(m.Name)).AppendValue(held)
                    .EndRow();
            }
        }
    }
}

using DuckDB.NET.Data;

namespace CatalogTools.Query.Tables;

/// <summary>regions: the region registry, with the number of implementations in each region and its subtree.</summary>
public sealed class RegionsTable : TableDefinition
{
    public override string Name => "regions";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Text("code"), Text("name"), Text("level"), Text("parent"), Text("parent_name"), Int("implementations"), Int("implementations_below"),
    ];

    public override void Append(QuerySource source, DuckDBAppender appender)
    {
        var own = new Dictionary<string, int>(StringComparer.Ordinal);
        var below = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var impl in source.Index.ImplementationList)
        {
            own[impl.Region] = own.GetValueOrDefault(impl.Region) + 1;
            foreach (var code in source.Tree.Chain(impl.Region)) below[code] = below.GetValueOrDefault(code) + 1;
        }
        foreach (var region in source.Index.Regions.Values.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            appender.CreateRow()
                .AppendValue(region.Code).AppendValue(region.Name).AppendValue(region.Level).AppendValue(region.Parent)
                .AppendValue(region.Parent is { Length: > 0 } parent ? source.Tree.NameOf(parent) : null)
                .AppendValue(own.GetValueOrDefault(region.Code)).AppendValue(below.GetValueOrDefault(region.Code))
                .EndRow();
        }
    }
}

/// <summary>agencies: the agency registry, with each agency's department and implementation count.</summary>
public sealed class AgenciesTable : TableDefinition
{
    public override string Name => "agencies";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Text("code"), Text("name"), Text("region"), Text("region_name"), Text("department"), Int("implementations"),
    ];

    public override void Append(QuerySource source, DuckDBAppender appender)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var impl in source.Index.ImplementationList) counts[impl.Agency] = counts.GetValueOrDefault(impl.Agency) + 1;
        foreach (var agency in source.Index.Agencies.Values.OrderBy(a => a.Code, StringComparer.Ordinal))
        {
            appender.CreateRow()
                .AppendValue(agency.Code).AppendValue(agency.Name).AppendValue(agency.Region).AppendValue(source.Tree.NameOf(agency.Region))
                .AppendValue(source.DepartmentOf(agency.Code)).AppendValue(counts.GetValueOrDefault(agency.Code))
                .EndRow();
        }
    }
}

/// <summary>laws: the law registry, with how many standard items cite each law as a basis.</summary>
public sealed class LawsTable : TableDefinition
{
    public override string Name => "laws";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Text("title"), Text("document_number"), Text("issuer"), Text("status"), Text("repealed_on"), Int("cited_by_standards"),
    ];

    public override void Append(QuerySource source, DuckDBAppender appender)
    {
        var cited = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var standard in source.Index.StandardList)
        {
            foreach (var title in (standard.Elements.Basis ?? []).Select(b => b.Law).Distinct()) cited[title] = cited.GetValueOrDefault(title) + 1;
        }
        foreach (var law in source.Index.Laws.Values.OrderBy(l => l.Title, StringComparer.Ordinal))
        {
            appender.CreateRow()
                .AppendValue(law.Title).AppendValue(law.DocumentNumber).AppendValue(law.Issuer).AppendValue(law.Status).AppendValue(law.RepealedOn)
                .AppendValue(cited.GetValueOrDefault(law.Title))
                .EndRow();
        }
    }
}

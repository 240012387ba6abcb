namespace CatalogTools.Query.Tables;

/// <summary>Every table of the catalog database, in the order docs/query.md documents them.</summary>
public static class CatalogTables
{
    public static IReadOnlyList<TableDefinition> All { get; } =
    [
        new StandardsTable(), new ImplementationsTable(), new MaterialsTable(), new StepsTable(), new FeesTable(),
        new RegionsTable(), new AgenciesTable(), new LawsTable(), new DiagnosticsTable(), new FiguresTable(),
    ];
}

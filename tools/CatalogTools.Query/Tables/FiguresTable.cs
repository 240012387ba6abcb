using CatalogTools.Reports.Model;
using CatalogTools.Reports.Text;
using DuckDB.NET.Data;

namespace CatalogTools.Query.Tables;

/// <summary>
/// figures: the compliance report's policy figures (docs/reports.md) for the province and each
/// region of the report's region table (province, cities, counties), one row per region and figure.
/// </summary>
public sealed class FiguresTable : TableDefinition
{
    public override string Name => "figures";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Text("region"), Text("region_name"), Text("region_level"), Int("depth"), Int("items"),
        Text("figure"), Text("figure_name"), Real("value"), Text("comparison"), Real("target"), Bool("passed"),
    ];

    public override void Append(QuerySource source, DuckDBAppender appender)
    {
        if (source.Report is not { } report) return;
        var text = new ReportText(source.Lang);
        var rows = report.Regions.ToList();
        if (!rows.Any(r => r.Depth == 0))
        {
            // Several top regions: the scope itself has no region row, so its figures are given under region ''.
            rows.Insert(0, new RegionFigures("", report.Scope.RegionName.In(source.Lang), "", 0, report.Counts.Total, report.Figures.ToDictionary(f => f.Key, f => f.Value)));
        }
        foreach (var region in rows)
        {
            foreach (var figure in report.Figures)
            {
                var value = region.Values.GetValueOrDefault(figure.Key);
                bool? passed = value is null || figure.Kind == TargetKind.Reported ? null : figure.Kind == TargetKind.AtLeast ? value >= figure.Target - 1e-12 : value <= figure.Target + 1e-12;
                appender.CreateRow()
                    .AppendValue(region.Code).AppendValue(region.Name).AppendValue(region.Level).AppendValue(region.Depth).AppendValue(region.Items)
                    .AppendValue(figure.Key).AppendValue(text.FigureName(figure.Key)).AppendValue(value)
                    .AppendValue(figure.Kind switch { TargetKind.AtLeast => ">=", TargetKind.AtMost => "<=", _ => "" }).AppendValue(figure.Target).AppendValue(passed)
                    .EndRow();
            }
        }
    }
}

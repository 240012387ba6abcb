namespace CatalogTools.Reports.Text;

/// <summary>Words of the region drill-down, the chart section and the print layout (issue 18).</summary>
public sealed partial class ReportText
{
    public string RegionChartsHeading => T("各区划指标图", "Figures by region: charts");
    public string DrillDownHeading => T("区划逐级查看（省 → 市 → 县 → 部门 → 事项）", "Region drill-down (province → city → county → departments → items)");
    public string DrillDownHelp => T("点开一个区划，可看到它的指标、未达标指标涉及的事项、本级各部门（指标与事项）和下级区划；每一级的指标都包含其全部下级。",
        "Open a region to see its figures, the items behind the figures it misses, the departments of its own agencies (figures and items) and its sub-regions; each level's figures include all of its sub-regions.");
    public string RegionMissesHeading(string region) => T($"{region}未达标的指标及涉及事项", $"Figures {region} misses, and the items behind them");
    public string DepartmentsHeading(string region) => T($"{region}本级各部门", $"Departments of {region}");
    public string Department => T("部门", "Department");
    public string Shortfalls => T("未达到的指标", "Falls short of");
    public string ItemsBehind(int count) => T($"，涉及 {count} 项", $", {count} items");
    public string ListedNote(int shown, int total) =>
        T($"共 {total} 项，此处列出前 {shown} 项；完整清单可用 catalog query 查询（见 docs/query.md）。", $"{total} items; the first {shown} are listed here; catalog query lists them all (docs/query.md).");
    public string TimeZoneNote(string zone) => T($"（{zone}）", $" ({zone})");
}

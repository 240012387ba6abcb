namespace CatalogTools.Reports.Text;

/// <summary>Words of the region drill-down, the chart section and the print layout (issue 18).</summary>
public sealed partial class ReportText
{
    public string RegionChartsHeading => T("reportText.regionChartsHeading");
    public string DrillDownHeading => T("reportText.drillDownHeading");
    public string DrillDownHelp => T("reportText.drillDownHelp");
    public string RegionMissesHeading(string region) => F("reportText.regionMissesHeading", ("region", region));
    public string DepartmentsHeading(string region) => F("reportText.departmentsHeading", ("region", region));
    public string Department => T("reportText.department");
    public string Shortfalls => T("reportText.shortfalls");

    /// <summary>Between two figures an item falls short of, in one cell.</summary>
    public string ShortfallSeparator => T("reportText.shortfallSeparator");
    public string ItemsBehind(int count) => F("reportText.itemsBehind", ("count", count));
    public string ListedNote(int shown, int total) =>
        F("reportText.listedNote", ("shown", shown), ("total", total));
    public string TimeZoneNote(string zone) => F("reportText.timeZoneNote", ("zone", zone));
}

using CatalogTools.Core.Diagnostics;

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

    private readonly Dictionary<object, string> _worded = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Why an item falls short, in the reader's language, worded once per detail: the computation shares
    /// equal details (<c>SharedDetails</c>), and a strict policy repeats each on thousands of rows.
    /// </summary>
    public string WhyShort(MessageArgument why)
    {
        object? shared = (object?)why.Message ?? why.List;
        if (shared is null) return why.Text ?? "";
        if (!_worded.TryGetValue(shared, out var words)) _worded.Add(shared, words = why.In(Lang));
        return words;
    }
}

using System.Net;
using System.Text;
using CatalogTools.Reports.Computing;
using CatalogTools.Reports.Model;
using CatalogTools.Reports.Text;

namespace CatalogTools.Reports.Renderers.Html;

/// <summary>
/// The region drill-down section: nested &lt;details&gt; (no script) from the scope down to villages;
/// each region shows its figures, the figures it misses with the items behind them, the departments
/// of its own agencies (figures and items), then its sub-regions.
/// </summary>
public static class DrillDownHtml
{
    /// <summary>Items listed per department and per regional miss; the rest are counted (catalog query lists them all).</summary>
    public const int MaxListed = 50;

    public static void Write(StringBuilder s, ComplianceReport report, ReportText t)
    {
        if (report.DrillDown is not { } root) return;
        s.Append("<section id=\"drilldown\"><h2>").Append(H(t.DrillDownHeading)).Append("</h2><p class=\"def\">").Append(H(t.DrillDownHelp)).Append("</p>");
        Region(s, root, report, t, isRoot: true);
        s.Append("</section>\n");
    }

    private static void Region(StringBuilder s, RegionDrill region, ComplianceReport report, ReportText t, bool isRoot)
    {
        var anchor = "region-" + (region.Code.Length == 0 ? "all" : region.Code);
        var name = region.Name.In(t.Lang);
        s.Append("<details class=\"region\" id=\"").Append(H(anchor)).Append('"').Append(isRoot ? " open" : "").Append("><summary><b>").Append(H(name)).Append("</b> ");
        if (region.Code.Length > 0) s.Append("<small>").Append(H(region.Code)).Append(' ').Append(H(region.Level)).Append("</small> ");
        s.Append("· ").Append(H(t.Items)).Append(' ').Append(region.Items);
        if (region.Misses.Count > 0) s.Append(" · <span class=\"miss\">").Append(H(t.Miss)).Append(' ').Append(region.Misses.Count).Append("</span>");
        s.Append("</summary><div class=\"level\">");

        FigureTable(s, report, t, t.Region, [(name, region.Items, region.Values)]);

        if (isRoot && region.Misses.Count > 0)
        {
            // The scope's own misses are the page's 未达标指标明细 section; not listed twice.
            s.Append("<p><a href=\"#drill\">").Append(H(t.DrillHeading)).Append("</a></p>");
        }
        else if (region.Misses.Count > 0)
        {
            s.Append("<div class=\"misses\"><h4>").Append(H(t.RegionMissesHeading(name))).Append("</h4>");
            foreach (var miss in region.Misses)
            {
                var f = report.Figures.First(x => x.Key == miss.Figure);
                s.Append("<h5 id=\"").Append(H(anchor)).Append("-miss-").Append(miss.Figure).Append("\">").Append(H(t.FigureName(miss.Figure))).Append(t.Colon)
                    .Append(H(ReportText.Format(f.Unit, miss.Value))).Append("（").Append(H(t.Target)).Append(' ').Append(H(t.FormatTarget(f))).Append("）").Append(H(t.ItemsBehind(miss.Items.Count))).Append("</h5>");
                if (miss.Items.Count > MaxListed) s.Append("<p class=\"note\">").Append(H(t.ListedNote(MaxListed, miss.Items.Count))).Append("</p>");
                HtmlReportRenderer.MissTable(s, t, miss.Items.Take(MaxListed));
            }
            s.Append("</div>");
        }

        if (region.Departments.Count > 0)
        {
            s.Append("<h4>").Append(H(t.DepartmentsHeading(name))).Append("</h4>");
            FigureTable(s, report, t, t.Department, region.Departments.Select(d => (d.Name, d.ItemCount, d.Values)).ToList());
            foreach (var d in region.Departments)
            {
                s.Append("<details class=\"department\"><summary>").Append(H(d.Name)).Append(" · ").Append(H(t.Items)).Append(' ').Append(d.ItemCount).Append("</summary>");
                if (d.Items.Count > MaxListed) s.Append("<p class=\"note\">").Append(H(t.ListedNote(MaxListed, d.Items.Count))).Append("</p>");
                s.Append("<table class=\"items\"><thead><tr><th>").Append(H(t.Code)).Append("</th><th>").Append(H(t.Name)).Append("</th><th>").Append(H(t.Agency)).Append("</th><th>")
                    .Append(H(t.Shortfalls)).Append("</th></tr></thead><tbody>");
                foreach (var item in d.Items.Take(MaxListed))
                {
                    s.Append("<tr><td><code>").Append(H(item.Code)).Append("</code></td><td>").Append(H(item.Name)).Append("</td><td>").Append(H(item.Agency)).Append("</td><td>");
                    var first = true;
                    foreach (var (figure, why) in item.Shortfalls)
                    {
                        if (!first) s.Append(H(t.ShortfallSeparator));
                        first = false;
                        s.Append(H(t.FigureName(figure))).Append(t.Colon).Append(H(t.WhyShort(why)));
                    }
                    s.Append("</td></tr>");
                }
                s.Append("</tbody></table></details>");
            }
        }

        foreach (var child in region.Children) Region(s, child, report, t, isRoot: false);
        s.Append("</div></details>");
    }

    private static void FigureTable(StringBuilder s, ComplianceReport report, ReportText t, string firstColumn, IReadOnlyList<(string Name, int Items, IReadOnlyDictionary<string, double?> Values)> rows)
    {
        s.Append("<div class=\"wide\"><table class=\"levelfigures\"><thead><tr><th>").Append(H(firstColumn)).Append("</th><th>").Append(H(t.Items)).Append("</th>");
        foreach (var f in report.Figures) s.Append("<th>").Append(H(t.FigureName(f.Key))).Append("</th>");
        s.Append("</tr></thead><tbody>");
        foreach (var (name, items, values) in rows)
        {
            s.Append("<tr><td>").Append(H(name)).Append("</td><td class=\"num\">").Append(items).Append("</td>");
            foreach (var f in report.Figures)
            {
                var v = values.GetValueOrDefault(f.Key);
                s.Append("<td class=\"num ").Append(v is null ? "nodata" : FigureDefinitions.Meets(f.Kind, v, f.Target) ? "pass" : "miss").Append("\">").Append(H(ReportText.Format(f.Unit, v))).Append("</td>");
            }
            s.Append("</tr>");
        }
        s.Append("</tbody></table></div>");
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);
}

using System.Globalization;
using System.Net;
using System.Text;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Computing;
using CatalogTools.Reports.Model;
using CatalogTools.Reports.Text;

namespace CatalogTools.Reports.Renderers.Html;

/// <summary>
/// One self-contained printable page: inline CSS with a print stylesheet, inline SVG charts, no
/// script, no external URL. Catalog text is HTML-encoded everywhere. Each missed figure links to
/// the list of items behind it.
/// </summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    /// <summary>Items listed per missed figure in the page; the rest are counted, and listed in full by the xlsx and json reports.</summary>
    public const int MaxListed = 1000;

    private static readonly string[] Palette = ["#1565c0", "#2e7d32", "#c62828", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037", "#ad1457", "#455a64", "#9e9d24", "#283593", "#00695c"];

    public void Render(ComplianceReport report, Lang lang, Stream output)
    {
        var t = new ReportText(lang);
        var s = new StringBuilder(64 * 1024);
        s.Append("<!DOCTYPE html>\n<html lang=\"").Append(lang == Lang.Zh ? "zh-CN" : "en").Append("\"><head><meta charset=\"utf-8\">");
        s.Append("<title>").Append(H(t.Title)).Append(" · ").Append(H(report.Scope.RegionName.In(t.Lang))).Append("</title>");
        s.Append("<style>").Append(Css).Append("</style></head><body>\n");
        s.Append("<header><h1>").Append(H(t.Title)).Append("</h1><p class=\"meta\">").Append(H(t.Scope)).Append(t.Colon).Append(H(report.Scope.RegionName.In(t.Lang)));
        if (report.Scope.RegionCode.Length > 0) s.Append("（").Append(H(report.Scope.RegionCode)).Append("）");
        s.Append(" · ").Append(H(t.Generated)).Append(t.Colon).Append(report.Scope.GeneratedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        if (report.Scope.Revision is { } rev) s.Append(" · ").Append(H(t.Revision)).Append(t.Colon).Append("<code>").Append(H(rev[..Math.Min(12, rev.Length)])).Append("</code>");
        s.Append("</p></header>\n");

        Figures(s, report, t);
        Charts(s, report, t);
        Counts(s, report, t);
        Regions(s, report, t);
        DrillDownHtml.Write(s, report, t);
        if (report.Baseline is { } b) Baseline(s, b, t);
        Trend(s, report, t);
        Drill(s, report, t);
        s.Append("</body></html>\n");
        output.Write(new UTF8Encoding(false).GetBytes(s.ToString()));
    }

    private static void Figures(StringBuilder s, ComplianceReport report, ReportText t)
    {
        s.Append("<section id=\"figures\"><h2>").Append(H(t.FiguresHeading)).Append("</h2><table class=\"figures\"><thead><tr><th>").Append(H(t.Figure)).Append("</th><th>")
            .Append(H(t.Value)).Append("</th><th>").Append(H(t.Target)).Append("</th><th>").Append(H(t.Status)).Append("</th><th>").Append(H(t.BasisHeading)).Append("</th></tr></thead><tbody>");
        foreach (var f in report.Figures)
        {
            var cls = f.Value is null ? "nodata" : f.Kind == TargetKind.Reported ? "reported" : f.Passed ? "pass" : "miss";
            s.Append("<tr class=\"").Append(cls).Append("\" id=\"figure-").Append(f.Key).Append("\"><td>").Append(H(t.FigureName(f.Key))).Append("<div class=\"def\">").Append(H(t.Definition(f.Key))).Append("</div></td><td class=\"num\">")
                .Append(H(ReportText.Format(f.Unit, f.Value))).Append("</td><td class=\"num\">").Append(H(t.FormatTarget(f))).Append("</td><td>");
            if (!f.Passed) s.Append("<a href=\"#miss-").Append(f.Key).Append("\">").Append(H(t.Miss)).Append("（").Append(f.Misses.Count).Append("）</a>");
            else s.Append(H(t.StatusOf(f)));
            s.Append("</td><td class=\"num\">").Append(H(ReportText.Basis(f))).Append("</td></tr>");
        }
        s.Append("</tbody></table></section>\n");
    }

    private static void Charts(StringBuilder s, ComplianceReport report, ReportText t)
    {
        s.Append("<section id=\"charts\"><h2>").Append(H(t.RegionChartsHeading)).Append("</h2><div class=\"grid\">");
        foreach (var f in report.Figures)
        {
            var bars = report.Regions.Select(r =>
            {
                var v = r.Values.GetValueOrDefault(f.Key);
                return new Bar(new string('·', r.Depth) + r.Name, v, FigureDefinitions.Meets(f.Kind, v, f.Target));
            }).ToList();
            var max = f.Unit == FigureUnit.Share ? 1.0 : Math.Max(f.Target * 2, bars.Max(b => b.Value ?? 0) * 1.1);
            if (max <= 0) max = 1;
            s.Append("<figure>").Append(Svg.BarChart("chart-" + f.Key, t.ChartTitle(t.FigureName(f.Key)), bars, f.Target, max, v => ReportText.Format(f.Unit, v))).Append("</figure>");
        }
        s.Append("</div></section>\n");
    }

    private static void Counts(StringBuilder s, ComplianceReport report, ReportText t)
    {
        var c = report.Counts;
        s.Append("<section id=\"counts\"><h2>").Append(H(t.CountsHeading)).Append("</h2><p class=\"big\">").Append(H(t.Total)).Append(" <b>").Append(c.Total).Append("</b> · ")
            .Append(H(t.AdministrativePower)).Append(" <b>").Append(c.AdministrativePower).Append("</b> · ").Append(H(t.PublicService)).Append(" <b>").Append(c.PublicService).Append("</b></p><div class=\"grid\">");
        CountTable(s, t.ByType, t, c.ByType.Where(r => r.Count > 0));
        CountTable(s, t.ByLevel, t, c.ByLevel);
        CountTable(s, t.ByDepartment, t, c.ByDepartment);
        CountTable(s, t.ByRegion, t, c.ByRegion);
        s.Append("</div></section>\n");
    }

    private static void CountTable(StringBuilder s, string heading, ReportText t, IEnumerable<CountRow> rows)
    {
        s.Append("<table class=\"counts\"><caption>").Append(H(heading)).Append("</caption><thead><tr><th>").Append(H(t.Name)).Append("</th><th>").Append(H(t.Count)).Append("</th></tr></thead><tbody>");
        foreach (var r in rows) s.Append("<tr><td>").Append(H(r.Label.In(t.Lang))).Append("</td><td class=\"num\">").Append(r.Count).Append("</td></tr>");
        s.Append("</tbody></table>");
    }

    private static void Regions(StringBuilder s, ComplianceReport report, ReportText t)
    {
        s.Append("<section id=\"regions\"><h2>").Append(H(t.RegionsHeading)).Append("</h2><div class=\"wide\"><table class=\"regions\"><thead><tr><th>").Append(H(t.Region)).Append("</th><th>").Append(H(t.Items)).Append("</th>");
        foreach (var f in report.Figures) s.Append("<th>").Append(H(t.FigureName(f.Key))).Append("</th>");
        s.Append("</tr></thead><tbody>");
        foreach (var r in report.Regions)
        {
            s.Append("<tr><td class=\"d").Append(r.Depth).Append("\"><a href=\"#region-").Append(H(r.Code.Length == 0 ? "all" : r.Code)).Append("\">").Append(H(r.Name)).Append("</a> <small>").Append(H(r.Code)).Append("</small></td><td class=\"num\">").Append(r.Items).Append("</td>");
            foreach (var f in report.Figures)
            {
                var v = r.Values.GetValueOrDefault(f.Key);
                s.Append("<td class=\"num ").Append(v is null ? "nodata" : FigureDefinitions.Meets(f.Kind, v, f.Target) ? "pass" : "miss").Append("\">").Append(H(ReportText.Format(f.Unit, v))).Append("</td>");
            }
            s.Append("</tr>");
        }
        s.Append("</tbody></table></div></section>\n");
    }

    private static void Baseline(StringBuilder s, BaselineComparison b, ReportText t)
    {
        s.Append("<section id=\"baseline\"><h2>").Append(H(t.BaselineHeading)).Append("（").Append(H(b.Revision)).Append(" · <code>").Append(H(b.Commit[..Math.Min(12, b.Commit.Length)])).Append("</code>）</h2>");
        s.Append("<p class=\"big\">").Append(H(t.Materials)).Append(' ').Append(Change(b.Total.Then.Materials, b.Total.Now.Materials, b.Total.MaterialsCut, t)).Append("；")
            .Append(H(t.Steps)).Append(' ').Append(Change(b.Total.Then.Steps, b.Total.Now.Steps, b.Total.StepsCut, t)).Append("；")
            .Append(H(t.Days)).Append(' ').Append(Change(b.Total.Then.Days, b.Total.Now.Days, b.Total.DaysCut, t)).Append("；")
            .Append(H(t.Visits)).Append(' ').Append(Change(b.Total.Then.Visits, b.Total.Now.Visits, b.Total.VisitsCut, t)).Append("</p>");
        s.Append("<table class=\"baseline\"><thead><tr><th>").Append(H(t.Region)).Append("</th>");
        foreach (var h in new[] { t.Materials, t.Steps, t.Days, t.Visits }) s.Append("<th>").Append(H(h)).Append(' ').Append(H(t.Then)).Append("</th><th>").Append(H(t.Now)).Append("</th><th>").Append(H(t.Cut)).Append("</th>");
        s.Append("</tr></thead><tbody>");
        foreach (var row in b.Regions)
        {
            s.Append("<tr><td>").Append(H(row.Name.In(t.Lang))).Append("</td>");
            Cells(s, row.Then.Materials, row.Now.Materials, row.MaterialsCut);
            Cells(s, row.Then.Steps, row.Now.Steps, row.StepsCut);
            Cells(s, row.Then.Days, row.Now.Days, row.DaysCut);
            Cells(s, row.Then.Visits, row.Now.Visits, row.VisitsCut);
            s.Append("</tr>");
        }
        s.Append("</tbody></table></section>\n");
    }

    private static void Cells(StringBuilder s, long then, long now, double? cut) =>
        s.Append("<td class=\"num\">").Append(ReportText.Number(then)).Append("</td><td class=\"num\">").Append(ReportText.Number(now)).Append("</td><td class=\"num\">").Append(ReportText.Percent(cut)).Append("</td>");

    private static string Change(long then, long now, double? cut, ReportText t) =>
        H($"{ReportText.Number(then)} → {ReportText.Number(now)}（{t.Cut} {ReportText.Percent(cut)}）");

    private static void Trend(StringBuilder s, ComplianceReport report, ReportText t)
    {
        s.Append("<section id=\"trend\"><h2>").Append(H(t.TrendHeading)).Append("</h2>");
        if (report.Trend.Count == 0)
        {
            s.Append("<p>").Append(H(t.NoTrend)).Append("</p></section>\n");
            return;
        }
        var labels = report.Trend.Select(p => t.CurrentLabel(p.Label)).ToList();
        var shares = report.Figures.Where(f => f.Unit == FigureUnit.Share)
            .Select((f, i) => new Series(t.FigureName(f.Key), Palette[i % Palette.Length], report.Trend.Select(p => p.Values.GetValueOrDefault(f.Key)).ToList())).ToList();
        s.Append("<div class=\"grid\"><figure>").Append(Svg.LineChart("trend-shares", t.TrendHeading, labels, shares, 1.0, v => ReportText.Percent(v))).Append("</figure>");
        var reductions = new Series[]
        {
            new(t.Materials, Palette[0], report.Trend.Select(p => (double?)p.Totals.Materials).ToList()),
            new(t.Steps, Palette[1], report.Trend.Select(p => (double?)p.Totals.Steps).ToList()),
            new(t.Days, Palette[2], report.Trend.Select(p => (double?)p.Totals.Days).ToList()),
            new(t.Visits, Palette[3], report.Trend.Select(p => (double?)p.Totals.Visits).ToList()),
        };
        var max = report.Trend.Max(p => Math.Max(Math.Max(p.Totals.Materials, p.Totals.Visits), Math.Max(p.Totals.Steps, p.Totals.Days))) * 1.1;
        s.Append("<figure>").Append(Svg.LineChart("trend-reductions", t.Materials + " / " + t.Steps + " / " + t.Days + " / " + t.Visits, labels, reductions, max, v => ReportText.Number((long)Math.Round(v)))).Append("</figure></div>");
        s.Append("<table class=\"trend\"><thead><tr><th>").Append(H(t.Version)).Append("</th><th>").Append(H(t.Items)).Append("</th><th>").Append(H(t.Materials)).Append("</th><th>").Append(H(t.Steps)).Append("</th><th>").Append(H(t.Days)).Append("</th><th>").Append(H(t.Visits)).Append("</th></tr></thead><tbody>");
        foreach (var p in report.Trend)
        {
            s.Append("<tr><td>").Append(H(t.CurrentLabel(p.Label))).Append("</td><td class=\"num\">").Append(p.Items).Append("</td><td class=\"num\">").Append(p.Totals.Materials)
                .Append("</td><td class=\"num\">").Append(p.Totals.Steps).Append("</td><td class=\"num\">").Append(p.Totals.Days).Append("</td><td class=\"num\">").Append(p.Totals.Visits).Append("</td></tr>");
        }
        s.Append("</tbody></table></section>\n");
    }

    private static void Drill(StringBuilder s, ComplianceReport report, ReportText t)
    {
        var missed = report.Figures.Where(f => !f.Passed).ToList();
        if (missed.Count == 0) return;
        s.Append("<section id=\"drill\"><h2>").Append(H(t.DrillHeading)).Append("</h2>");
        foreach (var f in missed)
        {
            s.Append("<h3 id=\"miss-").Append(f.Key).Append("\">").Append(H(t.FigureName(f.Key))).Append(t.Colon).Append(H(ReportText.Format(f.Unit, f.Value))).Append("（").Append(H(t.Target)).Append(' ')
                .Append(H(t.FormatTarget(f))).Append("） <a class=\"up\" href=\"#figure-").Append(f.Key).Append("\">↑</a></h3>");
            if (f.Misses.Count > MaxListed) s.Append("<p class=\"note\">").Append(H(t.TruncatedNote(MaxListed, f.Misses.Count))).Append("</p>");
            MissTable(s, t, f.Misses.Take(MaxListed));
        }
        s.Append("</section>\n");
    }

    /// <summary>The items behind a missed figure (province-wide or one region's): code, name, region, agency, why.</summary>
    internal static void MissTable(StringBuilder s, ReportText t, IEnumerable<DrillRow> rows)
    {
        s.Append("<table class=\"drill\"><thead><tr><th>").Append(H(t.Code)).Append("</th><th>").Append(H(t.Name)).Append("</th><th>").Append(H(t.Region)).Append("</th><th>")
            .Append(H(t.Agency)).Append("</th><th>").Append(H(t.Detail)).Append("</th></tr></thead><tbody>");
        foreach (var m in rows)
        {
            s.Append("<tr><td><code>").Append(H(m.Code)).Append("</code></td><td>").Append(H(m.Name)).Append("</td><td>").Append(H(m.RegionName)).Append("</td><td>")
                .Append(H(m.Agency)).Append("</td><td>").Append(H(t.WhyShort(m.Detail))).Append("</td></tr>");
        }
        s.Append("</tbody></table>");
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;color:#1b1f24;background:#fff;font-size:14px}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #1565c0;padding-bottom:4px;margin-top:28px}h3{font-size:15px;margin-top:18px}
        .meta{color:#555;margin:0}.big{font-size:15px}.def{color:#666;font-size:12px}.note{color:#8d6e00}
        table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #cfd8dc;padding:3px 6px;text-align:left;vertical-align:top}th{background:#eceff1}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}caption{text-align:left;font-weight:bold;padding:4px 0}
        tr.pass td:nth-child(4),td.pass{color:#2e7d32}tr.miss td:nth-child(4),td.miss{color:#c62828;font-weight:bold}.nodata{color:#888}
        .grid{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}figure{margin:0}.wide{overflow-x:auto}
        td.d1{padding-left:18px}td.d2{padding-left:32px}small{color:#777}
        svg.chart{border:1px solid #e0e0e0;background:#fff}.ct{font-size:13px;font-weight:bold;fill:#1b1f24}.cl{font-size:11px;fill:#37474f}.cv{font-size:11px;fill:#1b1f24}
        details.region{border-left:3px solid #90caf9;margin:6px 0 6px 4px;padding-left:8px}details.department{margin:4px 0 4px 12px}summary{cursor:pointer;padding:2px 0}
        .level{padding-left:8px}h4{font-size:14px;margin:10px 0 4px}h5{font-size:13px;margin:8px 0 2px}span.miss{color:#c62828;font-weight:bold}
        a{color:#1565c0}code{font-family:"DejaVu Sans Mono",monospace;font-size:12px}
        @media print{body{margin:10mm;font-size:11px}a{color:inherit;text-decoration:none}a.up{display:none}section{page-break-inside:auto}h2{page-break-after:avoid}
        figure,svg.chart,table.figures{page-break-inside:avoid}.wide{overflow:visible}@page{size:A4;margin:12mm}}
        """;
}

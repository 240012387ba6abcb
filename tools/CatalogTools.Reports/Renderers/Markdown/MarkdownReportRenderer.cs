using System.Text;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Model;
using CatalogTools.Reports.Text;

namespace CatalogTools.Reports.Renderers.Markdown;

/// <summary>The report for a pull request or a mail: headings, tables, and a list per missed figure (catalog text escaped, never markup).</summary>
public sealed class MarkdownReportRenderer : IReportRenderer
{
    /// <summary>Items listed per missed figure; the rest are counted, and listed in full by the xlsx and json reports.</summary>
    public const int MaxListed = 200;

    public void Render(ComplianceReport report, Lang lang, Stream output)
    {
        var t = new ReportText(lang);
        var s = new StringBuilder();
        s.Append("# ").Append(t.Title).Append("\n\n");
        s.Append("- ").Append(t.Scope).Append(t.Colon).Append(E(report.Scope.RegionName.In(lang))).Append(report.Scope.RegionCode.Length > 0 ? $"（{report.Scope.RegionCode}）" : "").Append('\n');
        s.Append("- ").Append(t.Generated).Append(t.Colon).Append(report.Scope.GeneratedAt.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        if (report.Scope.Revision is { } rev) s.Append("- ").Append(t.Revision).Append(t.Colon).Append("`").Append(rev[..Math.Min(12, rev.Length)]).Append("`\n");
        s.Append('\n');

        s.Append("## ").Append(t.FiguresHeading).Append("\n\n");
        s.Append("| ").Append(t.Figure).Append(" | ").Append(t.Value).Append(" | ").Append(t.Target).Append(" | ").Append(t.Status).Append(" | ").Append(t.BasisHeading).Append(" |\n");
        s.Append("|---|---:|---:|---|---:|\n");
        foreach (var f in report.Figures)
        {
            var status = f.Value is null ? t.NoData : f.Kind == TargetKind.Reported ? t.Reported : f.Passed ? "✅ " + t.Pass : $"❌ [{t.Miss}](#miss-{f.Key})";
            s.Append("| ").Append(t.FigureName(f.Key)).Append(" | ").Append(ReportText.Format(f.Unit, f.Value)).Append(" | ").Append(t.FormatTarget(f))
                .Append(" | ").Append(status).Append(" | ").Append(ReportText.Basis(f)).Append(" |\n");
        }
        s.Append('\n');

        var c = report.Counts;
        s.Append("## ").Append(t.CountsHeading).Append("\n\n");
        s.Append("- ").Append(t.Total).Append(t.Colon).Append(c.Total).Append("；").Append(t.AdministrativePower).Append(' ').Append(c.AdministrativePower)
            .Append("，").Append(t.PublicService).Append(' ').Append(c.PublicService).Append("\n\n");
        CountTable(s, t.ByType, t, c.ByType.Where(r => r.Count > 0));
        CountTable(s, t.ByLevel, t, c.ByLevel);
        CountTable(s, t.ByDepartment, t, c.ByDepartment);
        CountTable(s, t.ByRegion, t, c.ByRegion);

        s.Append("## ").Append(t.RegionsHeading).Append("\n\n");
        s.Append("| ").Append(t.Region).Append(" | ").Append(t.Items);
        foreach (var f in report.Figures) s.Append(" | ").Append(t.FigureName(f.Key));
        s.Append(" |\n|---|---:");
        foreach (var _ in report.Figures) s.Append("|---:");
        s.Append("|\n");
        foreach (var r in report.Regions)
        {
            s.Append("| ").Append(new string('　', r.Depth)).Append(E(r.Name)).Append(" | ").Append(r.Items);
            foreach (var f in report.Figures) s.Append(" | ").Append(ReportText.Format(f.Unit, r.Values.GetValueOrDefault(f.Key)));
            s.Append(" |\n");
        }
        s.Append('\n');

        if (report.Baseline is { } b)
        {
            s.Append("## ").Append(t.BaselineHeading).Append("（").Append(E(b.Revision)).Append("）\n\n");
            s.Append("| ").Append(t.Region).Append(" | ").Append(t.Materials).Append(" | ").Append(t.Steps).Append(" | ").Append(t.Days).Append(" | ").Append(t.Visits).Append(" |\n|---|---|---|---|---|\n");
            foreach (var row in new[] { b.Total }.Concat(b.Regions.Where(r => r.Code != b.Total.Code)))
            {
                s.Append("| ").Append(E(row.Name.In(lang))).Append(" | ").Append(Change(row.Then.Materials, row.Now.Materials, row.MaterialsCut, t))
                    .Append(" | ").Append(Change(row.Then.Steps, row.Now.Steps, row.StepsCut, t))
                    .Append(" | ").Append(Change(row.Then.Days, row.Now.Days, row.DaysCut, t))
                    .Append(" | ").Append(Change(row.Then.Visits, row.Now.Visits, row.VisitsCut, t)).Append(" |\n");
            }
            s.Append('\n');
        }

        if (report.Trend.Count > 0)
        {
            s.Append("## ").Append(t.TrendHeading).Append("\n\n| ").Append(t.Version).Append(" | ").Append(t.Items).Append(" | ").Append(t.Materials).Append(" | ").Append(t.Steps).Append(" | ").Append(t.Days).Append(" | ").Append(t.Visits);
            foreach (var f in report.Figures) s.Append(" | ").Append(t.FigureName(f.Key));
            s.Append(" |\n|---|---:|---:|---:|---:|---:");
            foreach (var _ in report.Figures) s.Append("|---:");
            s.Append("|\n");
            foreach (var p in report.Trend)
            {
                s.Append("| ").Append(E(t.CurrentLabel(p.Label))).Append(" | ").Append(p.Items).Append(" | ").Append(p.Totals.Materials).Append(" | ").Append(p.Totals.Steps).Append(" | ").Append(p.Totals.Days).Append(" | ").Append(p.Totals.Visits);
                foreach (var f in report.Figures) s.Append(" | ").Append(ReportText.Format(f.Unit, p.Values.GetValueOrDefault(f.Key)));
                s.Append(" |\n");
            }
            s.Append('\n');
        }

        var missed = report.Figures.Where(f => !f.Passed).ToList();
        if (missed.Count > 0)
        {
            s.Append("## ").Append(t.DrillHeading).Append("\n\n");
            foreach (var f in missed)
            {
                s.Append("### <a id=\"miss-").Append(f.Key).Append("\"></a>").Append(t.FigureName(f.Key)).Append("（").Append(ReportText.Format(f.Unit, f.Value))
                    .Append("，").Append(t.Target).Append(' ').Append(t.FormatTarget(f)).Append("）\n\n");
                foreach (var m in f.Misses.Take(MaxListed))
                {
                    s.Append("- `").Append(m.Code).Append("` ").Append(E(m.Name)).Append(" — ").Append(E(m.RegionName)).Append(" · ").Append(E(m.Agency)).Append(" — ").Append(E(t.WhyShort(m.Detail))).Append('\n');
                }
                if (f.Misses.Count > MaxListed) s.Append("- …").Append(t.TruncatedNote(MaxListed, f.Misses.Count)).Append('\n');
                s.Append('\n');
            }
        }
        var bytes = new UTF8Encoding(false).GetBytes(s.ToString());
        output.Write(bytes);
    }

    private static string Change(long then, long now, double? cut, ReportText t) =>
        $"{ReportText.Number(then)} → {ReportText.Number(now)}（{t.Cut} {ReportText.Percent(cut)}）";

    private static void CountTable(StringBuilder s, string heading, ReportText t, IEnumerable<CountRow> rows)
    {
        s.Append("### ").Append(heading).Append("\n\n| ").Append(t.Name).Append(" | ").Append(t.Count).Append(" |\n|---|---:|\n");
        foreach (var r in rows) s.Append("| ").Append(E(r.Label.In(t.Lang))).Append(" | ").Append(r.Count).Append(" |\n");
        s.Append('\n');
    }

    /// <summary>Catalog text is data: escape what Markdown or HTML would interpret.</summary>
    public static string E(string text)
    {
        var s = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!' or '{' or '}' or '(' or ')':
                    s.Append('\\').Append(ch);
                    break;
                case '<': s.Append("&lt;"); break;
                case '>': s.Append("&gt;"); break;
                case '&': s.Append("&amp;"); break;
                case '\r' or '\n': s.Append(' '); break;
                default: s.Append(ch); break;
            }
        }
        return s.ToString();
    }
}

using CatalogTools.Core.Spreadsheets;
using ClosedXML.Excel;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Model;
using CatalogTools.Reports.Text;

namespace CatalogTools.Reports.Renderers.Xlsx;

/// <summary>
/// The workbook: a summary sheet, counts, figures by region, then a sheet per figure (its value
/// per region, a native bar chart of it, and when missed every item behind it), the baseline and
/// the trend. Met figures are green, missed ones red; targets keep their ≥ / ≤. Every sheet prints
/// on A4 landscape, fitted to the page width, with its header row repeated on every page. Column
/// widths are set here (AdjustToContents needs GDI+, which Linux lacks). Catalog text is written as
/// text, never as a formula.
/// </summary>
public sealed class XlsxReportRenderer : IReportRenderer
{
    public void Render(ComplianceReport report, Lang lang, Stream output)
    {
        var t = new ReportText(lang);
        using var book = new XLWorkbook();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var charts = new List<FigureChart>();

        var summary = book.AddWorksheet(SheetName(t.Summary, names));
        var row = 1;
        Text(summary.Cell(row, 1), t.Title).Style.Font.Bold = true;
        row++;
        Text(summary.Cell(row, 1), t.Scope);
        Text(summary.Cell(row++, 2), report.Scope.RegionName.In(t.Lang) + (report.Scope.RegionCode.Length > 0 ? $"（{report.Scope.RegionCode}）" : ""));
        Text(summary.Cell(row, 1), t.Generated);
        Text(summary.Cell(row++, 2), report.Scope.GeneratedAt.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture));
        row++;
        Header(summary, row++, t.Figure, t.Value, t.Target, t.Status, t.BasisHeading, t.Detail);
        foreach (var f in report.Figures)
        {
            Text(summary.Cell(row, 1), t.FigureName(f.Key));
            Number(summary.Cell(row, 2), f.Value, f.Unit);
            Target(summary.Cell(row, 3), f);
            Status(Text(summary.Cell(row, 4), t.StatusOf(f)), f.Value is null ? null : f.Passed);
            Status(summary.Cell(row, 2), f.Value is null ? null : f.Passed);
            Text(summary.Cell(row, 5), ReportText.Basis(f));
            Text(summary.Cell(row, 6), t.Definition(f.Key));
            row++;
        }
        Widths(summary, 44, 12, 12, 10, 18, 60);
        Print(summary, 5);

        var counts = book.AddWorksheet(SheetName(t.CountsHeading, names));
        row = 1;
        Text(counts.Cell(row, 1), t.Total);
        counts.Cell(row++, 2).Value = report.Counts.Total;
        Text(counts.Cell(row, 1), t.AdministrativePower);
        counts.Cell(row++, 2).Value = report.Counts.AdministrativePower;
        Text(counts.Cell(row, 1), t.PublicService);
        counts.Cell(row++, 2).Value = report.Counts.PublicService;
        foreach (var (heading, rows) in new[] { (t.ByType, report.Counts.ByType), (t.ByLevel, report.Counts.ByLevel), (t.ByDepartment, report.Counts.ByDepartment), (t.ByRegion, report.Counts.ByRegion) })
        {
            row++;
            Header(counts, row++, heading, t.Count);
            foreach (var r in rows)
            {
                Text(counts.Cell(row, 1), r.Label.In(t.Lang));
                counts.Cell(row++, 2).Value = r.Count;
            }
        }
        Widths(counts, 36, 12);
        Print(counts, 0);

        var regions = book.AddWorksheet(SheetName(t.RegionsHeading, names));
        Header(regions, 1, new[] { t.Code, t.Region, t.Level, t.Items }.Concat(report.Figures.Select(f => t.FigureName(f.Key))).ToArray());
        row = 2;
        foreach (var r in report.Regions)
        {
            Text(regions.Cell(row, 1), r.Code);
            Text(regions.Cell(row, 2), new string(' ', r.Depth * 2) + r.Name);
            Text(regions.Cell(row, 3), r.Level);
            regions.Cell(row, 4).Value = r.Items;
            for (var i = 0; i < report.Figures.Count; i++)
            {
                var f = report.Figures[i];
                var v = r.Values.GetValueOrDefault(f.Key);
                Number(regions.Cell(row, 5 + i), v, f.Unit);
                Status(regions.Cell(row, 5 + i), Meets(f, v));
            }
            row++;
        }
        Widths(regions, [14, 22, 8, 8, .. Enumerable.Repeat(14.0, report.Figures.Count)]);
        regions.Row(1).Style.Alignment.WrapText = true;
        regions.SheetView.FreezeRows(1);
        Print(regions, 1);

        foreach (var f in report.Figures)
        {
            var sheet = book.AddWorksheet(SheetName(t.FigureName(f.Key), names));
            Text(sheet.Cell(1, 1), t.FigureName(f.Key)).Style.Font.Bold = true;
            Text(sheet.Cell(2, 1), t.Definition(f.Key));
            Text(sheet.Cell(3, 1), t.Value);
            Number(sheet.Cell(3, 2), f.Value, f.Unit);
            Text(sheet.Cell(3, 3), t.Target);
            Target(sheet.Cell(3, 4), f);
            Status(Text(sheet.Cell(3, 5), t.StatusOf(f)), f.Value is null ? null : f.Passed);
            Status(sheet.Cell(3, 2), f.Value is null ? null : f.Passed);
            row = 5;
            Header(sheet, row++, t.Code, t.Region, t.Items, t.Value);
            var first = row;
            var passed = new List<bool>();
            foreach (var r in report.Regions)
            {
                Text(sheet.Cell(row, 1), r.Code);
                Text(sheet.Cell(row, 2), new string(' ', r.Depth * 2) + r.Name);
                sheet.Cell(row, 3).Value = r.Items;
                var v = r.Values.GetValueOrDefault(f.Key);
                Number(sheet.Cell(row, 4), v, f.Unit);
                Status(sheet.Cell(row, 4), Meets(f, v));
                passed.Add(Meets(f, v) != false);
                row++;
            }
            if (report.Regions.Count > 0)
            {
                // The chart sits in empty rows under the region table, so it prints within the sheet's columns.
                var chartRows = Math.Clamp(report.Regions.Count + 6, 12, 40);
                charts.Add(new FigureChart(sheet.Name, t.ChartTitle(t.FigureName(f.Key)) + "（" + t.Target + " " + t.FormatTarget(f) + "）", first, row - 1, 2, 4, passed,
                    NumberFormat(f.Unit), row + 1, chartRows, 4));
                row += chartRows + 1;
            }
            if (!f.Passed)
            {
                row++;
                Text(sheet.Cell(row++, 1), t.DrillHeading + $"（{f.Misses.Count}）").Style.Font.Bold = true;
                Header(sheet, row++, t.Code, t.Name, t.Region, t.Agency, t.Detail);
                foreach (var m in f.Misses)
                {
                    Text(sheet.Cell(row, 1), m.Code);
                    Text(sheet.Cell(row, 2), m.Name);
                    Text(sheet.Cell(row, 3), m.RegionName);
                    Text(sheet.Cell(row, 4), m.Agency);
                    Text(sheet.Cell(row, 5), t.WhyShort(m.Detail));
                    row++;
                }
            }
            Widths(sheet, 40, 30, 16, 28, 40);
            Print(sheet, 5);
        }

        if (report.Baseline is { } b)
        {
            var sheet = book.AddWorksheet(SheetName(t.BaselineHeading, names));
            Text(sheet.Cell(1, 1), t.Baseline);
            Text(sheet.Cell(1, 2), b.Revision);
            Text(sheet.Cell(1, 3), b.Commit);
            Header(sheet, 3, t.Code, t.Region, t.Materials + t.Then, t.Materials + t.Now, t.Materials + t.Cut, t.Steps + t.Then, t.Steps + t.Now, t.Steps + t.Cut, t.Days + t.Then, t.Days + t.Now, t.Days + t.Cut, t.Visits + t.Then, t.Visits + t.Now, t.Visits + t.Cut);
            row = 4;
            foreach (var r in new[] { b.Total }.Concat(b.Regions.Where(x => x.Code != b.Total.Code)))
            {
                Text(sheet.Cell(row, 1), r.Code);
                Text(sheet.Cell(row, 2), r.Name.In(t.Lang));
                var c = 3;
                foreach (var (then, now, cut) in new[] { (r.Then.Materials, r.Now.Materials, r.MaterialsCut), (r.Then.Steps, r.Now.Steps, r.StepsCut), (r.Then.Days, r.Now.Days, r.DaysCut), (r.Then.Visits, r.Now.Visits, r.VisitsCut) })
                {
                    sheet.Cell(row, c++).Value = then;
                    sheet.Cell(row, c++).Value = now;
                    Number(sheet.Cell(row, c++), cut, FigureUnit.Share);
                }
                row++;
            }
            Widths(sheet, 14, 22, 12, 12, 10, 12, 12, 10, 14, 14, 10, 12, 12, 10);
            Print(sheet, 3);
        }

        if (report.Trend.Count > 0)
        {
            var sheet = book.AddWorksheet(SheetName(t.TrendHeading, names));
            Header(sheet, 1, new[] { t.Version, t.Revision, t.Items, t.Materials, t.Steps, t.Days, t.Visits }.Concat(report.Figures.Select(f => t.FigureName(f.Key))).ToArray());
            row = 2;
            foreach (var p in report.Trend)
            {
                Text(sheet.Cell(row, 1), t.CurrentLabel(p.Label));
                Text(sheet.Cell(row, 2), p.Commit);
                sheet.Cell(row, 3).Value = p.Items;
                sheet.Cell(row, 4).Value = p.Totals.Materials;
                sheet.Cell(row, 5).Value = p.Totals.Steps;
                sheet.Cell(row, 6).Value = p.Totals.Days;
                sheet.Cell(row, 7).Value = p.Totals.Visits;
                for (var i = 0; i < report.Figures.Count; i++) Number(sheet.Cell(row, 8 + i), p.Values.GetValueOrDefault(report.Figures[i].Key), report.Figures[i].Unit);
                row++;
            }
            Widths(sheet, [16, 14, 8, 10, 10, 12, 10, .. Enumerable.Repeat(14.0, report.Figures.Count)]);
            sheet.Row(1).Style.Alignment.WrapText = true;
            Print(sheet, 1);
        }

        using var buffer = new MemoryStream();
        book.SaveAs(buffer);
        XlsxCharts.Add(buffer, charts);
        PrintTitles.MakeAbsolute(buffer); // so LibreOffice repeats the header rows too
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static readonly XLColor PassFill = XLColor.FromHtml("#C8E6C9");
    private static readonly XLColor MissFill = XLColor.FromHtml("#FFCDD2");

    /// <summary>Green fill and dark green text for a met value, red for a missed one; nothing for no data.</summary>
    private static void Status(IXLCell cell, bool? passed)
    {
        if (passed is null) return;
        cell.Style.Fill.BackgroundColor = passed.Value ? PassFill : MissFill;
        cell.Style.Font.FontColor = passed.Value ? XLColor.DarkGreen : XLColor.FromHtml("#B71C1C");
    }

    private static bool? Meets(FigureResult f, double? value) =>
        value is null || f.Kind == TargetKind.Reported ? null : Computing.FigureDefinitions.Meets(f.Kind, value, f.Target);

    /// <summary>The target as a number whose format keeps the direction: ≥ 75.00%, ≤ 0.100.</summary>
    private static void Target(IXLCell cell, FigureResult f)
    {
        if (f.Kind == TargetKind.Reported)
        {
            cell.Value = "—";
            return;
        }
        cell.Value = Math.Round(f.Target, 6);
        cell.Style.NumberFormat.Format = (f.Kind == TargetKind.AtLeast ? "\"≥ \"" : "\"≤ \"") + NumberFormat(f.Unit);
    }

    private static string NumberFormat(FigureUnit unit) => unit switch { FigureUnit.Share => "0.00%", FigureUnit.Average => "0.000", _ => "0" };

    /// <summary>A4 landscape, fitted to one page wide, the header row (when there is one) repeated on every page.</summary>
    private static void Print(IXLWorksheet sheet, int headerRow)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.Margins.SetLeft(0.4).SetRight(0.4).SetTop(0.75).SetBottom(0.75).SetHeader(0.3).SetFooter(0.3);
        sheet.PageSetup.CenterHorizontally = true;
        if (headerRow > 0) sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        // Every printed page says which sheet it is and where it stands.
        sheet.PageSetup.Header.Center.AddText(XLHFPredefinedText.SheetName, XLHFOccurrence.AllPages);
        sheet.PageSetup.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        sheet.PageSetup.Footer.Center.AddText(" / ", XLHFOccurrence.AllPages);
        sheet.PageSetup.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }

    private static IXLCell Text(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        return cell;
    }

    private static void Number(IXLCell cell, double? value, FigureUnit unit)
    {
        if (value is null)
        {
            Text(cell, "—");
            return;
        }
        cell.Value = Math.Round(value.Value, 6);
        cell.Style.NumberFormat.Format = NumberFormat(unit);
    }

    private static void Header(IXLWorksheet sheet, int row, params string[] titles)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            var cell = Text(sheet.Cell(row, i + 1), titles[i]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#ECEFF1");
        }
    }

    private static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++) sheet.Column(i + 1).Width = widths[i];
    }

    /// <summary>A valid, unique sheet name (≤ 31 characters, none of []:*?/\).</summary>
    public static string SheetName(string title, HashSet<string> taken)
    {
        var clean = new string(title.Where(c => "[]:*?/\\".IndexOf(c) < 0).ToArray()).Trim('\'');
        if (clean.Length > 31) clean = clean[..31];
        var name = clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = "(" + n + ")";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return name;
    }
}

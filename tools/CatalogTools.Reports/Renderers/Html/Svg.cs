using System.Globalization;
using System.Net;
using System.Text;

namespace CatalogTools.Reports.Renderers.Html;

/// <summary>One bar of a bar chart: a label, a value (null: no data) and whether it meets the target.</summary>
public sealed record Bar(string Label, double? Value, bool Meets);

/// <summary>One line of a line chart: its name, colour and a value per point (null: a gap).</summary>
public sealed record Series(string Name, string Colour, IReadOnlyList<double?> Values);

/// <summary>
/// SVG charts drawn as text, inline in the page (no xmlns URL, no script, no external font):
/// horizontal bars per region with the target as a dashed line, and lines over versions.
/// </summary>
public static class Svg
{
    private const int LabelWidth = 170;
    private const int PlotWidth = 460;
    private const int BarHeight = 14;
    private const int Gap = 4;

    public static string BarChart(string id, string title, IReadOnlyList<Bar> bars, double target, double scaleMax, Func<double?, string> format)
    {
        var height = 28 + bars.Count * (BarHeight + Gap) + 18;
        var width = LabelWidth + PlotWidth + 70;
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{id}\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        s.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"16\" class=\"ct\">{WebUtility.HtmlEncode(title)}</text>");
        var y = 28;
        foreach (var bar in bars)
        {
            var w = bar.Value is null || scaleMax <= 0 ? 0 : Math.Max(1.5, Math.Min(1, Math.Max(0, bar.Value.Value) / scaleMax) * PlotWidth);
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + BarHeight - 3}\" text-anchor=\"end\" class=\"cl\">{WebUtility.HtmlEncode(Shorten(bar.Label))}</text>");
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{PlotWidth}\" height=\"{BarHeight}\" fill=\"#eef1f5\"/>");
            if (bar.Value is not null)
            {
                s.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{w:0.##}\" height=\"{BarHeight}\" fill=\"{(bar.Meets ? "#2e7d32" : "#c62828")}\"/>");
            }
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + PlotWidth + 6}\" y=\"{y + BarHeight - 3}\" class=\"cv\">{WebUtility.HtmlEncode(format(bar.Value))}</text>");
            y += BarHeight + Gap;
        }
        if (scaleMax > 0)
        {
            var tx = LabelWidth + Math.Min(1, target / scaleMax) * PlotWidth;
            s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{tx:0.##}\" y1=\"24\" x2=\"{tx:0.##}\" y2=\"{y}\" stroke=\"#1a237e\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{tx:0.##}\" y=\"{y + 13}\" text-anchor=\"middle\" class=\"cl\">{WebUtility.HtmlEncode(format(target))}</text>");
        }
        s.Append("</svg>");
        return s.ToString();
    }

    public static string LineChart(string id, string title, IReadOnlyList<string> labels, IReadOnlyList<Series> series, double yMax, Func<double, string> format)
    {
        const int left = 60, top = 28, plotW = 560, plotH = 180;
        var legendRows = (series.Count + 2) / 3;
        var width = left + plotW + 30;
        var height = top + plotH + 40 + legendRows * 16;
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{id}\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        s.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"16\" class=\"ct\">{WebUtility.HtmlEncode(title)}</text>");
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"#f7f9fc\" stroke=\"#b0bec5\"/>");
        if (yMax <= 0) yMax = 1;
        for (var g = 0; g <= 4; g++)
        {
            var gy = top + plotH - plotH * g / 4.0;
            s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{gy:0.##}\" x2=\"{left + plotW}\" y2=\"{gy:0.##}\" stroke=\"#dde3ea\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{gy + 4:0.##}\" text-anchor=\"end\" class=\"cl\">{WebUtility.HtmlEncode(format(yMax * g / 4))}</text>");
        }
        double X(int i) => labels.Count <= 1 ? left + plotW / 2.0 : left + 10 + (plotW - 20) * i / (double)(labels.Count - 1);
        double Y(double v) => top + plotH - Math.Min(1, Math.Max(0, v / yMax)) * plotH;
        for (var i = 0; i < labels.Count; i++)
        {
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.##}\" y=\"{top + plotH + 14}\" text-anchor=\"middle\" class=\"cl\">{WebUtility.HtmlEncode(Shorten(labels[i]))}</text>");
        }
        foreach (var line in series)
        {
            var points = new StringBuilder();
            for (var i = 0; i < line.Values.Count && i < labels.Count; i++)
            {
                if (line.Values[i] is not double v) continue;
                points.Append(CultureInfo.InvariantCulture, $"{X(i):0.##},{Y(v):0.##} ");
                s.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.##}\" cy=\"{Y(v):0.##}\" r=\"3.5\" fill=\"{line.Colour}\"/>");
            }
            s.Append(CultureInfo.InvariantCulture, $"<polyline class=\"line\" fill=\"none\" stroke=\"{line.Colour}\" stroke-width=\"2.5\" points=\"{points.ToString().TrimEnd()}\"/>");
        }
        for (var k = 0; k < series.Count; k++)
        {
            var lx = left + k % 3 * 200;
            var ly = top + plotH + 32 + k / 3 * 16;
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"{ly - 9}\" width=\"12\" height=\"10\" fill=\"{series[k].Colour}\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx + 16}\" y=\"{ly}\" class=\"cl\">{WebUtility.HtmlEncode(Shorten(series[k].Name, 14))}</text>");
        }
        s.Append("</svg>");
        return s.ToString();
    }

    private static string Shorten(string text, int max = 12) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

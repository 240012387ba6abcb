using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Model;
using CatalogTools.Reports.Text;

namespace CatalogTools.Reports.Renderers.Json;

/// <summary>
/// The report for other tools. Field names are fixed here (camelCase, never derived from C#
/// names) so they stay stable; shares are 0–1 numbers, null when nothing applies. Only the
/// figure names and the words of a miss's detail follow --lang (the figure key beside them is the stable
/// field, as a diagnostic's rule id is beside its message; catalog names stay as the files write them).
/// </summary>
public sealed class JsonReportRenderer : IReportRenderer
{
    public const int SchemaVersion = 1;

    public void Render(ComplianceReport report, Lang lang, Stream output)
    {
        var text = new ReportText(lang);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteString("kind", "compliance-report");
        w.WriteStartObject("scope");
        w.WriteString("region", report.Scope.RegionCode);
        w.WriteString("regionName", report.Scope.RegionName.In(lang));
        w.WriteBoolean("restricted", report.Scope.Restricted);
        w.WriteString("generatedAt", report.Scope.GeneratedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        if (report.Scope.Revision is null) w.WriteNull("revision"); else w.WriteString("revision", report.Scope.Revision);
        w.WriteEndObject();

        var c = report.Counts;
        w.WriteStartObject("counts");
        w.WriteNumber("total", c.Total);
        w.WriteNumber("administrativePower", c.AdministrativePower);
        w.WriteNumber("publicService", c.PublicService);
        Rows(w, "byType", c.ByType, lang);
        Rows(w, "byLevel", c.ByLevel, lang);
        Rows(w, "byDepartment", c.ByDepartment, lang);
        Rows(w, "byRegion", c.ByRegion, lang);
        w.WriteEndObject();

        w.WriteNumber("missedFigures", report.MissedCount);
        w.WriteStartArray("figures");
        foreach (var f in report.Figures)
        {
            w.WriteStartObject();
            w.WriteString("key", f.Key);
            w.WriteString("name", text.FigureName(f.Key));
            w.WriteString("unit", f.Unit switch { FigureUnit.Share => "share", FigureUnit.Average => "average", _ => "count" });
            w.WriteString("comparison", f.Kind switch { TargetKind.AtLeast => "atLeast", TargetKind.AtMost => "atMost", _ => "none" });
            w.WriteNumber("target", f.Target);
            Number(w, "value", f.Value);
            w.WriteNumber("numerator", f.Numerator);
            w.WriteNumber("denominator", f.Denominator);
            w.WriteString("status", f.Value is null ? "noData" : f.Kind == TargetKind.Reported ? "reported" : f.Passed ? "met" : "missed");
            w.WriteStartArray("misses");
            foreach (var m in f.Misses)
            {
                w.WriteStartObject();
                w.WriteString("code", m.Code);
                w.WriteString("name", m.Name);
                w.WriteString("region", m.Region);
                w.WriteString("regionName", m.RegionName);
                w.WriteString("agency", m.Agency);
                w.WriteString("detail", text.WhyShort(m.Detail));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("regions");
        foreach (var r in report.Regions)
        {
            w.WriteStartObject();
            w.WriteString("code", r.Code);
            w.WriteString("name", r.Name);
            w.WriteString("level", r.Level);
            w.WriteNumber("depth", r.Depth);
            w.WriteNumber("items", r.Items);
            Values(w, r.Values);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (report.Baseline is { } b)
        {
            w.WriteStartObject("baseline");
            w.WriteString("revision", b.Revision);
            w.WriteString("commit", b.Commit);
            w.WritePropertyName("total");
            Baseline(w, b.Total, lang);
            w.WriteStartArray("regions");
            foreach (var row in b.Regions) Baseline(w, row, lang);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("baseline");
        }

        w.WriteStartArray("trend");
        foreach (var p in report.Trend)
        {
            w.WriteStartObject();
            w.WriteString("label", p.Label);
            w.WriteString("commit", p.Commit);
            w.WriteString("when", p.When.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("items", p.Items);
            Totals(w, "totals", p.Totals);
            Values(w, p.Values);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Rows(Utf8JsonWriter w, string name, IReadOnlyList<CountRow> rows, Lang lang)
    {
        w.WriteStartArray(name);
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("key", r.Key);
            w.WriteString("label", r.Label.In(lang));
            w.WriteNumber("count", r.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Values(Utf8JsonWriter w, IReadOnlyDictionary<string, double?> values)
    {
        w.WriteStartObject("values");
        foreach (var f in Computing.FigureDefinitions.All) Number(w, f.Key, values.GetValueOrDefault(f.Key));
        w.WriteEndObject();
    }

    private static void Baseline(Utf8JsonWriter w, BaselineRow row, Lang lang)
    {
        w.WriteStartObject();
        w.WriteString("code", row.Code);
        w.WriteString("name", row.Name.In(lang));
        Totals(w, "then", row.Then);
        Totals(w, "now", row.Now);
        w.WriteStartObject("cut");
        Number(w, "materials", row.MaterialsCut);
        Number(w, "steps", row.StepsCut);
        Number(w, "days", row.DaysCut);
        Number(w, "visits", row.VisitsCut);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Totals(Utf8JsonWriter w, string name, Reductions r)
    {
        w.WriteStartObject(name);
        w.WriteNumber("materials", r.Materials);
        w.WriteNumber("steps", r.Steps);
        w.WriteNumber("days", r.Days);
        w.WriteNumber("visits", r.Visits);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteNumber(name, Math.Round(value.Value, 6));
    }
}

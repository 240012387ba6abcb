using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Model;

namespace CatalogTools.Reports.Renderers;

/// <summary>The formats, by name, and the atomic write of a rendered report (temp file + rename).</summary>
public static class ReportFormats
{
    public static readonly IReadOnlyList<string> Names = ["html", "xlsx", "json", "md"];

    public static IReportRenderer? Find(string name) => name.ToLowerInvariant() switch
    {
        "html" => new Html.HtmlReportRenderer(),
        "xlsx" => new Xlsx.XlsxReportRenderer(),
        "json" => new Json.JsonReportRenderer(),
        "md" or "markdown" => new Markdown.MarkdownReportRenderer(),
        _ => null,
    };

    public static void WriteAtomically(IReportRenderer renderer, ComplianceReport report, Lang lang, string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                renderer.Render(report, lang, stream);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}

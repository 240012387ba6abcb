using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace CatalogTools.Core.Tests.Cli.Support;

/// <summary>One place a report points at: the file as written in the report, and the line.</summary>
public sealed record ReportLocation(string File, int Line);

/// <summary>A location with the rule that put it there.</summary>
public sealed record ReportFinding(string Rule, string File, int Line);

/// <summary>
/// Reads the (file, line) locations out of each report format the way its consumer does: GitHub's
/// workflow commands, SARIF's artifactLocation under its uriBaseId, GitLab Code Quality's
/// location.path, JUnit's testcase file and line, and our JSON.
/// </summary>
public static partial class ReportLocations
{
    [GeneratedRegex(@"^::(?:error|warning|notice) file=([^,]+),line=(\d+),col=\d+,title=(CAT\d{4}) ")]
    private static partial Regex Annotation();

    public static List<ReportLocation> Read(string format, string text) => ReadFindings(format, text).Select(f => new ReportLocation(f.File, f.Line)).ToList();

    public static List<ReportFinding> ReadFindings(string format, string text) => format switch
    {
        "github" => text.Split('\n').Select(l => Annotation().Match(l.TrimEnd('\r'))).Where(m => m.Success)
            .Select(m => new ReportFinding(m.Groups[3].Value, Unescape(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).ToList(),
        "sarif" => Sarif(text),
        "gitlab" => Json(text, doc => doc.RootElement.EnumerateArray()
            .Select(i => new ReportFinding(i.GetProperty("check_name").GetString()!, i.GetProperty("location").GetProperty("path").GetString()!, i.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32()))),
        "json" => Json(text, doc => doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => new ReportFinding(d.GetProperty("rule").GetString()!, d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32()))),
        "junit" => XDocument.Parse(text).Descendants("testcase").Where(t => t.Attribute("file") is not null)
            .Select(t => new ReportFinding(t.Attribute("name")!.Value.Split(' ')[0], t.Attribute("file")!.Value, int.Parse(t.Attribute("line")!.Value))).ToList(),
        _ => throw new ArgumentException(format),
    };

    private static List<ReportFinding> Json(string text, Func<JsonDocument, IEnumerable<ReportFinding>> read)
    {
        using var doc = JsonDocument.Parse(text);
        return read(doc).ToList();
    }

    /// <summary>SARIF locations must use the %SRCROOT% base the run defines; the uri is percent-encoded.</summary>
    private static List<ReportFinding> Sarif(string text)
    {
        using var doc = JsonDocument.Parse(text);
        var found = new List<ReportFinding>();
        foreach (var run in doc.RootElement.GetProperty("runs").EnumerateArray())
        {
            var bases = run.GetProperty("originalUriBaseIds");
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                var artifact = physical.GetProperty("artifactLocation");
                var baseId = artifact.GetProperty("uriBaseId").GetString()!;
                Assert.True(bases.TryGetProperty(baseId, out _), $"uriBaseId {baseId} is not defined in originalUriBaseIds");
                found.Add(new ReportFinding(result.GetProperty("ruleId").GetString()!, Uri.UnescapeDataString(artifact.GetProperty("uri").GetString()!), physical.GetProperty("region").GetProperty("startLine").GetInt32()));
            }
        }
        return found;
    }

    private static string Unescape(string property) =>
        property.Replace("%2C", ",").Replace("%3A", ":").Replace("%0A", "\n").Replace("%0D", "\r").Replace("%25", "%");
}

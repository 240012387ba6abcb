using System.Text.Json;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Reporting;

/// <summary>
/// SARIF 2.1.0 as code scanning reads it: one run per verb (automationDetails "catalog/VERB/"),
/// locations relative to the repository root under the %SRCROOT% base that originalUriBaseIds
/// defines, partialFingerprints that ignore line moves, and for each rule that fired its Chinese
/// and English titles, its page (helpUri, and the page itself as help.markdown) and default level.
/// </summary>
public sealed class SarifReporter(ReportContext context) : IDiagnosticReporter
{
    public const string SourceRoot = "%SRCROOT%";

    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, Lang lang)
    {
        var rules = diagnostics.Select(d => d.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var fingerprints = FindingFingerprint.For(diagnostics, context.RepoPath);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReporter.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WritePropertyName("runs");
            json.WriteStartArray();
            json.WriteStartObject();
            WriteTool(json, rules, lang);
            json.WritePropertyName("automationDetails");
            json.WriteStartObject();
            json.WriteString("id", $"catalog/{context.Verb}/");
            json.WriteEndObject();
            if (context.RepositoryRoot.Length > 0)
            {
                json.WritePropertyName("originalUriBaseIds");
                json.WriteStartObject();
                json.WritePropertyName(SourceRoot);
                json.WriteStartObject();
                json.WriteString("uri", new Uri(context.RepositoryRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WritePropertyName("results");
            json.WriteStartArray();
            for (var i = 0; i < diagnostics.Count; i++) WriteResult(json, diagnostics[i], ruleIndex[diagnostics[i].Rule.Id], fingerprints[i], lang);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private void WriteTool(Utf8JsonWriter json, List<RuleDescriptor> rules, Lang lang)
    {
        json.WritePropertyName("tool");
        json.WriteStartObject();
        json.WritePropertyName("driver");
        json.WriteStartObject();
        json.WriteString("name", "CatalogTools");
        json.WriteString("version", context.ToolVersion);
        json.WriteString("semanticVersion", context.ToolVersion);
        json.WritePropertyName("rules");
        json.WriteStartArray();
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalName(rule.TitleEn));
            json.WritePropertyName("shortDescription");
            json.WriteStartObject();
            json.WriteString("text", lang == Lang.Zh ? $"{rule.TitleZh} / {rule.TitleEn}" : $"{rule.TitleEn} / {rule.TitleZh}");
            json.WriteEndObject();
            json.WritePropertyName("fullDescription");
            json.WriteStartObject();
            json.WriteString("text", rule.MessageTemplate(lang));
            json.WriteEndObject();
            var uri = context.Help.Uri(rule.Id);
            if (uri is not null) json.WriteString("helpUri", uri);
            json.WritePropertyName("help");
            json.WriteStartObject();
            json.WriteString("text", Messages.Format(lang, "sarif.fixAndRulePage", ("fix", rule.FixTemplate(lang)), ("page", rule.HelpLink)));
            var markdown = context.Help.Markdown(rule.Id);
            if (markdown is not null) json.WriteString("markdown", markdown);
            json.WriteEndObject();
            json.WritePropertyName("defaultConfiguration");
            json.WriteStartObject();
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WritePropertyName("properties");
            json.WriteStartObject();
            json.WriteString("titleZh", rule.TitleZh);
            json.WriteString("titleEn", rule.TitleEn);
            json.WriteString("category", rule.Category);
            json.WritePropertyName("tags");
            json.WriteStartArray();
            json.WriteStringValue(rule.Category);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, Diagnostic d, int ruleIndex, string fingerprint, Lang lang)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Rule.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WritePropertyName("message");
        json.WriteStartObject();
        json.WriteString("text", d.Item is null ? d.FullMessage(lang) : $"[{d.Item}] {d.FullMessage(lang)}");
        json.WriteEndObject();
        json.WritePropertyName("locations");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WritePropertyName("physicalLocation");
        json.WriteStartObject();
        json.WritePropertyName("artifactLocation");
        json.WriteStartObject();
        json.WriteString("uri", UriPath(Reporters.RepoFile(d, context)));
        if (context.RepositoryRoot.Length > 0) json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        json.WritePropertyName("region");
        json.WriteStartObject();
        json.WriteNumber("startLine", d.Line);
        json.WriteNumber("startColumn", d.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        if (d.Item is not null)
        {
            json.WritePropertyName("logicalLocations");
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("name", d.Item);
            json.WriteString("kind", "object");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();
        json.WritePropertyName("partialFingerprints");
        json.WriteStartObject();
        json.WriteString("catalogFinding/v1", fingerprint);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A relative URI reference: each path segment percent-encoded (file names may be Chinese).</summary>
    public static string UriPath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string PascalName(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]).Where(w => w.All(char.IsLetterOrDigit)));
}

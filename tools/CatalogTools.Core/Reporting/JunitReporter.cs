using System.Xml;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Reporting;

/// <summary>
/// JUnit XML for Jenkins (junit step) and GitLab (artifacts:reports:junit): one test suite per
/// file, one test case per diagnostic with the repository path and line. Errors and warnings are
/// failures (Jenkins marks the build unstable for them), infos pass with their text as output.
/// A last suite "catalog VERB" holds the summary, so a clean run still reports one passed test.
/// </summary>
public sealed class JunitReporter(ReportContext context) : IDiagnosticReporter
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, Lang lang)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new System.Text.UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            var failures = diagnostics.Count(d => d.Severity is Severity.Error or Severity.Warning);
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", $"catalog {context.Verb}");
            xml.WriteAttributeString("tests", (diagnostics.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("failures", failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("errors", "0");
            foreach (var group in diagnostics.GroupBy(d => Reporters.RepoFile(d, context)))
            {
                var cases = group.ToList();
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", group.Key);
                WriteCounts(xml, cases.Count, cases.Count(d => d.Severity is Severity.Error or Severity.Warning));
                foreach (var d in cases)
                {
                    var item = d.Item is null ? "" : $" [{d.Item}]";
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", group.Key);
                    xml.WriteAttributeString("name", $"{d.Rule.Id} {d.Rule.Title(lang)}{item} ({d.Line}:{d.Column})");
                    xml.WriteAttributeString("file", group.Key);
                    xml.WriteAttributeString("line", d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    var text = $"{Reporters.PlaceOf(d with { File = group.Key })} {SeverityText.Label(d.Severity, lang)} {d.Rule.Id}{item} {d.FullMessage(lang)}";
                    if (d.Severity is Severity.Error or Severity.Warning)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("type", $"{d.Rule.Id} {SeverityText.Id(d.Severity)}");
                        xml.WriteAttributeString("message", d.FullMessage(lang));
                        xml.WriteString(text);
                        xml.WriteEndElement();
                    }
                    else
                    {
                        xml.WriteElementString("system-out", text);
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", $"catalog {context.Verb}");
            WriteCounts(xml, 1, 0);
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", $"catalog {context.Verb}");
            xml.WriteAttributeString("name", Messages.Text(lang, "junitReporter.summary"));
            xml.WriteElementString("system-out", TextReporter.SummaryLine(summary, lang));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures)
    {
        xml.WriteAttributeString("tests", tests.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
    }
}

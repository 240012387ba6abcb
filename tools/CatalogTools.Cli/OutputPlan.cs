using System.CommandLine;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Formatting;
using CatalogTools.Core.Reporting;

namespace CatalogTools.Cli;

/// <summary>
/// Where each report goes: the (format, file) pairs <see cref="OutputPairing"/> reads off the
/// command line; formats without a file print to the console, so one run can print text and
/// write SARIF. Every verb that reports diagnostics uses this one path.
/// </summary>
public sealed class OutputPlan
{
    private readonly List<(string Format, string? File)> _targets;
    private readonly CliConsole _console;

    private OutputPlan(List<(string, string?)> targets, CliConsole console)
    {
        _targets = targets;
        _console = console;
    }

    /// <summary>The --format / --output pair every reporting verb declares.</summary>
    public static (Option<string[]> Format, Option<string[]> Output) Options()
    {
        var format = new Option<string[]>("--format") { HelpName = "FORMAT", Description = Bilingual.Of(new("outputPlan.formatHelp")), DefaultValueFactory = _ => ["text"] };
        format.CompletionSources.Add([.. Reporters.Formats]);
        var output = new Option<string[]>("--output") { HelpName = "FILE", Description = Bilingual.Of(new("outputPlan.outputHelp")), DefaultValueFactory = _ => [] };
        return (format, output);
    }

    /// <summary>A plan from (format, file or null for the console) pairs, e.g. from <see cref="OutputPairing"/>.</summary>
    public static bool TryCreate(IReadOnlyList<(string Format, string? File)> targets, CliConsole console, Lang lang, out OutputPlan plan)
    {
        plan = new OutputPlan([], console);
        var toConsole = 0;
        foreach (var (format, file) in targets)
        {
            if (!Reporters.Formats.Contains(format))
            {
                console.Error.WriteLine(Messages.Format(lang, "outputPlan.unknownFormat", ("format", format), ("formats", string.Join(Messages.Text(lang, "list.separator"), Reporters.Formats))));
                return false;
            }
            if (file is null) toConsole++;
            plan._targets.Add((format, file));
        }
        if (toConsole > 1)
        {
            console.Error.WriteLine(Messages.Text(lang, "outputPlan.onlyOneFormatCanGo"));
            return false;
        }
        return true;
    }

    /// <summary>Writes every report; <paramref name="context"/> anchors paths at the repository (see <see cref="ReportContexts"/>).</summary>
    public void Write(IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, Lang lang, ReportContext context)
    {
        foreach (var (format, file) in _targets)
        {
            var reporter = Reporters.For(format, context, color: _console.IsTerminal && file is null)!;
            if (file is null)
            {
                // In blocks: stdout flushes every write, and a report may have 10^5 lines.
                using (var block = new BlockWriter(_console.Out)) reporter.Write(block, diagnostics, summary, lang);
                continue;
            }
            using var text = new StringWriter();
            reporter.Write(text, diagnostics, summary, lang);
            CatalogFormatter.WriteAtomically(Path.GetFullPath(file), text.ToString());
        }
    }
}

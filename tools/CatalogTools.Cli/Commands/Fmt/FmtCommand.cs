using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Formatting;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Core.Writing;

namespace CatalogTools.Cli.Commands.Fmt;

/// <summary>
/// `catalog fmt [--check] [PATH...]`: rewrite files in the canonical form (all of them or, when one
/// cannot be written, none), or list those not in it.
/// </summary>
public static class FmtCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = Bilingual.Of(new("fmt.pathHelp")), Arity = ArgumentArity.ZeroOrMore };
        var catalog = CommonOptions.Catalog();
        var check = new Option<bool>("--check") { Description = Bilingual.Of(new("fmt.checkHelp")) };
        var noCache = new Option<bool>("--no-cache") { Description = Bilingual.Of(new("fmt.noCacheHelp")) };
        var (format, output) = OutputPlan.Options();
        format.Description = Bilingual.Of(new("fmt.formatHelp"));
        var command = new Command("fmt", Bilingual.Of(new("fmt.help"))) { paths, catalog, check, noCache, format, output };
        command.SetAction(parse =>
        {
            var language = CommonOptions.LangOf(parse);
            // Without --format, --check keeps its plain list of files; with it, each file is a CAT0020 finding in those formats.
            List<(string Format, string? File)>? targets = null;
            if (parse.Tokens.Any(t => t.Type == System.CommandLine.Parsing.TokenType.Option && (t.Value == format.Name || t.Value == output.Name)))
            {
                if (!parse.GetValue(check))
                {
                    console.Error.WriteLine(Messages.Text(language, "fmt.formatOutputOnlyGoWith"));
                    return ExitCodes.CannotRun;
                }
                if (!OutputPairing.TryPair(parse, format.Name, output.Name, console, language, out targets)) return ExitCodes.CannotRun;
            }
            return Execute(parse.GetValue(catalog)!, parse.GetValue(paths) ?? [], parse.GetValue(check), language, console, parse.GetValue(noCache), targets);
        });
        return command;
    }

    public static int Execute(string catalogDirectory, IReadOnlyList<string> paths, bool checkOnly, Lang lang, CliConsole console, bool noCache = false,
        IReadOnlyList<(string Format, string? File)>? reportTargets = null)
    {
        OutputPlan? plan = null;
        if (reportTargets is not null && !OutputPlan.TryCreate(reportTargets, console, lang, out plan)) return ExitCodes.CannotRun;
        var location = CatalogSession.Locate(catalogDirectory, console, lang);
        if (location is null) return ExitCodes.CannotRun;
        if (!PathFilter.TryCreate(location, paths, console, lang, out var filter)) return ExitCodes.CannotRun;
        var timings = PhaseTimings.FromEnvironment(console);
        var formatter = new CatalogFormatter(location);
        var files = CatalogLoader.EnumerateFiles(location.CatalogRoot).Where(f => filter is null || filter(f)).ToList();
        var outcomes = new FormatOutcome[files.Count];
        // Through the cache, a file whose content was already found canonical is not read again (known by stat).
        using (var session = SourceSessions.Open(location, noCache))
        using (var progress = CliProgress.Start(console, lang))
        {
            // A run over some files keeps the table as it was (it would drop every other file's entry).
            var canonical = session.Table("fmt-canonical", keep: filter is null);
            var formatted = new ProgressCounter(progress, WorkStep.FormattingFiles, files.Count).Start();
            Parallel.For(0, files.Count, i =>
            {
                var file = files[i];
                outcomes[i] = canonical is null
                    ? formatter.Format(file)
                    : session.Derive(file, canonical, bytes => formatter.Format(file, bytes),
                        o => o.Readable && !o.Changed && !o.CommentsWouldBeLost ? [1] : null, _ => new FormatOutcome(file, true, false, null));
                formatted.Increment();
            });
        }
        timings?.Mark("format");

        var unreadable = outcomes.Where(o => !o.Readable || o.CommentsWouldBeLost).ToList();
        var changed = outcomes.Where(o => o.Changed).ToList();
        foreach (var o in unreadable)
        {
            if (o.CommentsWouldBeLost)
            {
                console.Error.WriteLine(Messages.Format(lang, "fmt.itsCommentsCouldNotBe", ("path", o.Path)));
                continue;
            }
            if (o.Limit is { } limit)
            {
                console.Error.WriteLine($"{o.Path}:{limit.Line}:{limit.Column}: {Messages.Text(lang, "fmt.error")} {limit.Rule.Id} {limit.FullMessage(lang)}");
                continue;
            }
            console.Error.WriteLine(Messages.Format(lang, "fmt.hasSyntaxOrEncodingErrors", ("path", o.Path)));
        }
        if (checkOnly && plan is not null)
        {
            var found = changed.Select(o => FormatFindings.Of(location, o)).ToList();
            plan.Write(found, FormatFindings.Summary(files.Count, found), lang, ReportContexts.For(location, "fmt"));
            timings?.Mark("report");
            return changed.Count > 0 || unreadable.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        }
        if (checkOnly)
        {
            foreach (var o in changed) console.Out.WriteLine(o.Path);
            console.Out.WriteLine(changed.Count > 0
                ? Messages.Format(lang, "fmt.notCanonicalRunFmt", ("changed", changed.Count), ("files", files.Count))
                : Messages.Format(lang, "fmt.notCanonical", ("changed", changed.Count), ("files", files.Count)));
            timings?.Mark("report");
            return changed.Count > 0 || unreadable.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        }
        // All or nothing, even under kill -9: staged, journaled, then renamed into place (JournaledWriter).
        var failure = JournaledWriter.WriteFiles(JournaledWriter.WorkspaceOf(location.CatalogRoot), location.CatalogRoot, changed.Select(o => (o.Path, o.Canonical!)).ToList());
        timings?.Mark("write");
        if (failure is not null)
        {
            WriteReports.Failure(console, lang, failure, changed.Count);
            return ExitCodes.CannotRun;
        }
        foreach (var o in changed) console.Out.WriteLine(o.Path);
        console.Out.WriteLine(Messages.Format(lang, "fmt.rewroteOfFiles", ("changed", changed.Count), ("files", files.Count)));
        timings?.Mark("report");
        return unreadable.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

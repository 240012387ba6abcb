using System.CommandLine;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Reporting;

namespace CatalogTools.Cli.Commands.Check;

/// <summary>`catalog check [PATH...]`: load, run every rule, report in one or more formats.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var paths = new Argument<string[]>("PATH") { Description = Bilingual.Of(new("check.pathHelp")), Arity = ArgumentArity.ZeroOrMore };
        var catalog = CommonOptions.Catalog();
        var (format, output) = OutputPlan.Options();
        var failOn = new Option<string>("--fail-on") { HelpName = "error|warning", Description = Bilingual.Of(new("check.failOnHelp")), DefaultValueFactory = _ => "error" };
        var changedSince = new Option<string?>("--changed-since") { HelpName = "REV", Description = Bilingual.Of(new("check.changedSinceHelp")) };
        var noCache = new Option<bool>("--no-cache") { Description = Bilingual.Of(new("check.noCacheHelp")) };
        var command = new Command("check", Bilingual.Of(new("check.help"))) { paths, catalog, format, output, failOn, changedSince, noCache };
        command.SetAction(parse =>
        {
            var language = CommonOptions.LangOf(parse);
            if (!OutputPairing.TryPair(parse, format.Name, output.Name, console, language, out var targets)) return ExitCodes.CannotRun;
            var request = new CheckRequest(
                parse.GetValue(catalog)!,
                parse.GetValue(paths) ?? [],
                targets,
                parse.GetValue(failOn) ?? "error",
                language,
                parse.GetValue(changedSince),
                parse.GetValue(noCache));
            return Execute(request, console, clock);
        });
        return command;
    }

    public static int Execute(CheckRequest request, CliConsole console, TimeProvider clock)
    {
        var lang = request.Lang;
        if (!OutputPlan.TryCreate(request.Targets, console, lang, out var plan)) return ExitCodes.CannotRun;
        if (!SeverityText.TryParse(request.FailOn, out var failOn) || failOn is Severity.Off or Severity.Info)
        {
            console.Error.WriteLine(Messages.Text(lang, "check.failOnMustBeError"));
            return ExitCodes.CannotRun;
        }
        var location = CatalogSession.Locate(request.Catalog, console, lang);
        if (location is null) return ExitCodes.CannotRun;
        if (!PathFilter.TryCreate(location, request.Paths, console, lang, out var filter, out var namedFiles)) return ExitCodes.CannotRun;

        var timings = PhaseTimings.FromEnvironment(console);
        CheckResult? result;
        using (var progress = CliProgress.Start(console, lang, CliProgress.IsHumanOutput(request.Targets)))
        {
            result = ChangedCheck.Run(request, location, filter, console, clock, timings, progress, namedFiles);
        }
        if (result is null) return ExitCodes.CannotRun;
        timings?.Mark("rules");
        plan.Write(result.Diagnostics, result.Summary, lang, ReportContexts.For(location, "check"));
        timings?.Mark("report");
        return result.Fails(failOn) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

public sealed record CheckRequest(string Catalog, IReadOnlyList<string> Paths, IReadOnlyList<(string Format, string? File)> Targets, string FailOn, Lang Lang,
    string? ChangedSince = null, bool NoCache = false);

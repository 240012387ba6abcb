using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Git.Repositories;
using CatalogTools.Reports.Computing;
using CatalogTools.Reports.Renderers;

namespace CatalogTools.Cli.Commands.Report;

/// <summary>`catalog report [--region CODE] [--baseline REV] --format html|xlsx|json|md -o FILE`: the compliance report.</summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var catalog = CommonOptions.Catalog();
        var region = new Option<string?>("--region") { HelpName = "CODE", Description = Bilingual.Of(new("report.regionHelp")) };
        var baseline = new Option<string?>("--baseline") { HelpName = "REV", Description = Bilingual.Of(new("report.baselineHelp")) };
        var format = new Option<string>("--format") { HelpName = "html|xlsx|json|md", Description = "html|xlsx|json|md", Required = true };
        var output = new Option<string>("--output", "-o") { HelpName = "FILE", Description = Bilingual.Of(new("report.outputHelp")), Required = true };
        var noTrend = new Option<bool>("--no-trend") { Description = Bilingual.Of(new("report.noTrendHelp")) };
        var timings = new Option<bool>("--timings") { Description = Bilingual.Of(new("report.timingsHelp")) };
        var tags = new Option<string?>("--tags") { HelpName = "PATTERN", Description = Bilingual.Of(new("report.tagsHelp")) };
        var timeZone = new Option<string>("--time-zone") { HelpName = "ZONE", Description = Bilingual.Of(new("report.timeZoneHelp")), DefaultValueFactory = _ => ReportTimeZone.Default };
        var command = new Command("report", Bilingual.Of(new("report.help"))) { catalog, region, baseline, format, output, noTrend, timings, tags, timeZone };
        command.SetAction(parse => Execute(new ReportCommandRequest(
            parse.GetValue(catalog)!, parse.GetValue(region), parse.GetValue(baseline), parse.GetValue(format)!, parse.GetValue(output)!,
            !parse.GetValue(noTrend), CommonOptions.LangOf(parse), parse.GetValue(timings), parse.GetValue(tags), parse.GetValue(timeZone)!), console, clock));
        return command;
    }

    public static int Execute(ReportCommandRequest request, CliConsole console, TimeProvider clock)
    {
        var lang = request.Lang;
        var renderer = ReportFormats.Find(request.Format);
        if (renderer is null)
        {
            console.Error.WriteLine(Messages.Format(lang, "report.unknownFormatUseHtmlXlsx", ("format", request.Format)));
            return ExitCodes.CannotRun;
        }
        var zone = ReportTimeZone.Find(request.TimeZone);
        if (zone is null)
        {
            console.Error.WriteLine(Messages.Format(lang, "report.unknownTimeZoneGiveAn", ("timeZone", request.TimeZone)));
            return ExitCodes.CannotRun;
        }
        var location = CatalogSession.Locate(request.Catalog, console, lang);
        if (location is null) return ExitCodes.CannotRun;

        var timings = PhaseTimings.FromEnvironment(console);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var progress = CliProgress.Start(console, lang);
        var loader = new CatalogLoader(location) { Progress = progress };
        var loaded = loader.Load();
        var loadMs = watch.ElapsedMilliseconds;
        timings?.Mark("load");
        var errors = loaded.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
        {
            console.Error.WriteLine(Messages.Format(lang, "report.noteLoadErrorsTheFiles", ("errors", errors)));
        }
        progress.Step(WorkStep.ComputingFigures);
        ReportOutcome outcome;
        using (var history = GitCatalogHistory.Open(location))
        {
            outcome = ReportBuilder.Build(loaded, loader, new ReportRequest(request.Region, request.Baseline, clock.GetUtcNow(), request.Trend, request.Tags, zone), history);
        }
        progress.Dispose();
        var computeMs = watch.ElapsedMilliseconds - loadMs;
        timings?.Mark("compute");
        if (outcome.Report is null)
        {
            console.Error.WriteLine(outcome.Error(lang));
            return ExitCodes.CannotRun;
        }
        ReportFormats.WriteAtomically(renderer, outcome.Report, lang, request.Output);
        timings?.Mark("render");
        if (request.Timings)
        {
            console.Error.WriteLine($"timings: load {loadMs} ms, compute {computeMs} ms (baseline and trend included), render {watch.ElapsedMilliseconds - loadMs - computeMs} ms");
        }
        var report = outcome.Report;
        console.Out.WriteLine(Messages.Format(lang, "report.wroteItemsFiguresMissed", ("output", request.Output), ("regionName", report.Scope.RegionName), ("total", report.Counts.Total), ("figures", report.Figures.Count), ("missedCount", report.MissedCount)));
        return ExitCodes.Ok;
    }
}

public sealed record ReportCommandRequest(string Catalog, string? Region, string? Baseline, string Format, string Output, bool Trend, Lang Lang, bool Timings = false,
    string? Tags = null, string TimeZone = ReportTimeZone.Default);

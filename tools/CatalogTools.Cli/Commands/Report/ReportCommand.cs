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
        var region = new Option<string?>("--region") { HelpName = "CODE", Description = "只报告该区划及其下级 / only this region and its sub-regions" };
        var baseline = new Option<string?>("--baseline") { HelpName = "REV", Description = "基线版本（标签或提交）/ baseline tag or commit" };
        var format = new Option<string>("--format") { HelpName = "html|xlsx|json|md", Description = "html|xlsx|json|md", Required = true };
        var output = new Option<string>("--output", "-o") { HelpName = "FILE", Description = "输出文件 / output file", Required = true };
        var noTrend = new Option<bool>("--no-trend") { Description = "不计算各标签版本趋势 / skip the trend over tags" };
        var timings = new Option<bool>("--timings") { Description = "在标准错误输出各阶段耗时 / print phase timings to stderr" };
        var tags = new Option<string?>("--tags") { HelpName = "PATTERN", Description = "趋势只取名称匹配的标签，如 catalog-*（默认全部标签）/ the trend uses the tags matching this pattern, e.g. catalog-* (default: every tag)" };
        var timeZone = new Option<string>("--time-zone") { HelpName = "ZONE", Description = "报告中的时间所用时区（默认 Asia/Shanghai，北京时间）/ time zone of the times shown (default Asia/Shanghai, Beijing time)", DefaultValueFactory = _ => ReportTimeZone.Default };
        var command = new Command("report", "合规报告：数量、政策指标、基线压减与趋势 / compliance report") { catalog, region, baseline, format, output, noTrend, timings, tags, timeZone };
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

using System.CommandLine;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Publishing.Audit;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Rules;

namespace CatalogTools.Cli.Commands.Audit;

/// <summary>`catalog audit DIR`: 要素同源自查 — every element every channel shows, against the catalog, in check's formats.</summary>
public static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var dir = new Argument<string>("DIR") { Description = "渠道输出（某渠道的文件夹，或包含 web/mobile/kiosk 的发布文件夹）/ channel output as served" };
        var catalog = CommonOptions.Catalog();
        var (format, output) = OutputPlan.Options();
        var command = new Command("audit", "要素同源自查：渠道内容与目录逐项逐要素比对 / audit channels against the source") { dir, catalog, format, output };
        command.SetAction(parse =>
        {
            var l = CommonOptions.LangOf(parse);
            var zh = l == Lang.Zh;
            if (!OutputPairing.TryPair(parse, format.Name, output.Name, console, l, out var targets) || !OutputPlan.TryCreate(targets, console, l, out var plan)) return ExitCodes.CannotRun;
            var folder = Path.GetFullPath(parse.GetValue(dir)!);
            var channels = ChannelFolders(folder);
            if (channels.Count == 0)
            {
                console.Error.WriteLine(zh ? $"『{folder}』中没有渠道输出（web、mobile、kiosk）" : $"no channel output (web, mobile, kiosk) in '{folder}'");
                return ExitCodes.CannotRun;
            }
            var location = CatalogSession.Locate(parse.GetValue(catalog)!, console, l);
            if (location is null) return ExitCodes.CannotRun;
            var progress = CliProgress.Start(console, l, CliProgress.IsHumanOutput(targets));
            var loaded = new CatalogLoader(location) { Progress = progress }.Load();
            progress.Step(WorkStep.AuditingPages);
            var result = new ChannelAuditor(loaded.Index).Audit(channels);
            progress.Dispose();
            var d = result.Diagnostics;
            var summary = new CheckSummary(result.Pages, result.Standards, result.Items, null,
                d.Count(x => x.Severity == Severity.Error), d.Count(x => x.Severity == Severity.Warning), d.Count(x => x.Severity == Severity.Info), 0,
                RuleSet.Descriptors.Count(r => r.Category == "channel"), new Dictionary<string, int> { ["pages"] = result.Pages })
            {
                // The audit reads served pages and compares the published items (over their standards); it does not look at registries.
                Coverage = new SummaryCoverage("audit",
                    $"自查了 {result.Channels} 个渠道的 {result.Pages} 个页面（发布事项 {result.Items} 项，所属标准事项 {result.Standards} 项）",
                    $"Audited {result.Pages} pages in {result.Channels} channels ({result.Items} published items over {result.Standards} standard items)"),
            };
            plan.Write(d, summary, l, ReportContexts.For(location, "audit"));
            return summary.Errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static List<string> ChannelFolders(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        if (ChannelReader.ChannelOf(folder) is not null) return [folder];
        return Directory.EnumerateDirectories(folder).Where(d => !Path.GetFileName(d).StartsWith('.') && ChannelReader.ChannelOf(d) is not null).Order(StringComparer.Ordinal).ToList();
    }
}

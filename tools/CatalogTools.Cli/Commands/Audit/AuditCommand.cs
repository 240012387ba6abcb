using System.CommandLine;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Git.Repositories;
using CatalogTools.Publishing.Audit;
using CatalogTools.Publishing.Audit.ThirdParty;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Rendering;
using CatalogTools.Rules;

namespace CatalogTools.Cli.Commands.Audit;

/// <summary>
/// `catalog audit DIR|URL`: 要素同源自查 — everything every channel shows (elements, listings, every
/// visible text and JSON field), against what the catalog renders today, in check's formats.
/// </summary>
public static class AuditCommand
{
    public static Command Create(CliConsole console, TimeProvider? clock = null)
    {
        var dir = new Argument<string>("DIR|URL") { Description = "渠道输出：某渠道的文件夹或网址，或包含 web/mobile/kiosk 的发布文件夹或网址 / a channel or publish folder, or its http(s) URL" };
        var catalog = CommonOptions.Catalog();
        var templates = new Option<string?>("--templates") { HelpName = "DIR", Description = "源渲染所用的模板文件夹（默认目录旁的 templates/，否则工具自带）/ templates the source renders with" };
        var maxFiles = new Option<int>("--max-files") { HelpName = "N", Description = "抓取网址时最多读取的文件数（默认 50000）/ crawl: most files", DefaultValueFactory = _ => CrawlLimits.Default.MaxFiles };
        var maxBytes = new Option<long>("--max-bytes") { HelpName = "BYTES", Description = "抓取网址时最多读取的字节数（默认 1 GiB）/ crawl: most bytes", DefaultValueFactory = _ => CrawlLimits.Default.MaxBytes };
        var maxSeconds = new Option<int>("--max-seconds") { HelpName = "SECONDS", Description = "抓取网址的时间上限（秒，默认 600）/ crawl: time limit", DefaultValueFactory = _ => (int)CrawlLimits.Default.MaxTime.TotalSeconds };
        var mapping = new Option<string?>("--mapping") { HelpName = "FILE", Description = "不用本工具模板的渠道：按映射文件（CSS 选择器）读取页面，见 docs/audit-mapping.example.json / read a third-party channel by a mapping file" };
        var fleet = new Option<string?>("--fleet") { HelpName = "FILE", Description = "渠道清单（catalog-fleet/1）：列出每个渠道正在提供的版本，报告落后、过期和从未发布的版本 / list each channel's version; flag stale and forked channels" };
        dir.Arity = ArgumentArity.ZeroOrOne;
        var (format, output) = OutputPlan.Options();
        var command = new Command("audit", "要素同源自查：渠道展示的全部内容与目录比对 / audit what channels show against the source")
        {
            dir, catalog, templates, mapping, fleet, maxFiles, maxBytes, maxSeconds, format, output,
        };
        command.SetAction(parse =>
        {
            var l = CommonOptions.LangOf(parse);
            if (!OutputPairing.TryPair(parse, format.Name, output.Name, console, l, out var targets) || !OutputPlan.TryCreate(targets, console, l, out var plan)) return ExitCodes.CannotRun;
            if (parse.GetValue(maxFiles) < 1 || parse.GetValue(maxBytes) < 1 || parse.GetValue(maxSeconds) < 1)
            {
                console.Error.WriteLine(Messages.Text(l, "audit.maxFilesMaxBytesAnd"));
                return ExitCodes.CannotRun;
            }
            if (parse.GetValue(fleet) is { } fleetFile) return FleetAudit.Run(console, fleetFile, plan, targets, clock ?? TimeProvider.System, l);
            if (parse.GetValue(dir) is null)
            {
                console.Error.WriteLine(Messages.Text(l, "audit.giveTheChannelFolderOr"));
                return ExitCodes.CannotRun;
            }
            var location = CatalogSession.Locate(parse.GetValue(catalog)!, console, l);
            if (location is null) return ExitCodes.CannotRun;
            var templatesRoot = parse.GetValue(templates) ?? TemplateSet.FindRoot(location.CatalogRoot);
            if (templatesRoot is null || !Directory.Exists(templatesRoot))
            {
                console.Error.WriteLine(Messages.Text(l, "audit.noTemplatesFolderFoundIn"));
                return ExitCodes.CannotRun;
            }
            var target = parse.GetValue(dir)!;
            var isUrl = Uri.TryCreate(target, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
            var limits = new CrawlLimits(parse.GetValue(maxFiles), parse.GetValue(maxBytes), CrawlLimits.Default.MaxFileBytes, TimeSpan.FromSeconds(parse.GetValue(maxSeconds)));
            PageMapping? pageMapping = null;
            if (parse.GetValue(mapping) is { } mappingFile)
            {
                if (!File.Exists(mappingFile))
                {
                    console.Error.WriteLine(Messages.Format(l, "audit.mappingFileNotFound", ("mappingFile", mappingFile)));
                    return ExitCodes.CannotRun;
                }
                pageMapping = PageMapping.Parse(File.ReadAllBytes(mappingFile), out var mappingError);
                if (pageMapping is null)
                {
                    console.Error.WriteLine(Messages.Format(l, "audit.invalidMappingFile", ("mappingFile", mappingFile), ("mappingError", mappingError)));
                    return ExitCodes.CannotRun;
                }
                if (!isUrl && !Directory.Exists(target))
                {
                    console.Error.WriteLine(Messages.Format(l, "audit.folderNotFound", ("target", target)));
                    return ExitCodes.CannotRun;
                }
            }
            var timings = PhaseTimings.FromEnvironment(console);
            var progress = CliProgress.Start(console, l, CliProgress.IsHumanOutput(targets));
            var loaded = new CatalogLoader(location) { Progress = progress }.Load();
            timings?.Mark("load");
            progress.Step(WorkStep.AuditingPages);
            var auditor = new ChannelAuditor(loaded.Index, templatesRoot, SourceVersion.Of(SourceCommits.Of(location.CatalogRoot, templatesRoot), clock));

            List<IServedFiles> channels;
            AuditResult result;
            if (pageMapping is not null)
            {
                using var http = ServedChannels.Client();
                IServedFiles served = isUrl
                    ? CrawledFiles.Crawl(http, url!.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/"), pageMapping.Name, [], limits)
                    : new FolderFiles(target, pageMapping.Name);
                result = auditor.AuditThirdParty(served, pageMapping);
            }
            else if (isUrl)
            {
                using var http = ServedChannels.Client();
                channels = ServedChannels.FromUrl(http, url!, auditor, limits);
                if (channels.Count == 0)
                {
                    console.Error.WriteLine(Messages.Format(l, "audit.servesNoChannelManifestJson", ("url", url)));
                    return ExitCodes.CannotRun;
                }
                result = auditor.Audit(channels);
            }
            else
            {
                var folder = Path.GetFullPath(target);
                channels = ServedChannels.FromFolder(folder);
                if (channels.Count == 0)
                {
                    console.Error.WriteLine(Messages.Format(l, "audit.noChannelOutputWebMobile", ("folder", folder)));
                    return ExitCodes.CannotRun;
                }
                result = auditor.Audit(channels);
            }
            progress.Dispose();
            timings?.Mark("audit");

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
            timings?.Mark("report");
            return summary.Errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}

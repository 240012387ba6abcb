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
        var dir = new Argument<string>("DIR|URL") { Description = Bilingual.Of(new("audit.dirOrUrlHelp")) };
        var catalog = CommonOptions.Catalog();
        var templates = new Option<string?>("--templates") { HelpName = "DIR", Description = Bilingual.Of(new("audit.templatesHelp")) };
        var maxFiles = new Option<int>("--max-files") { HelpName = "N", Description = Bilingual.Of(new("audit.maxFilesHelp")), DefaultValueFactory = _ => CrawlLimits.Default.MaxFiles };
        var maxBytes = new Option<long>("--max-bytes") { HelpName = "BYTES", Description = Bilingual.Of(new("audit.maxBytesHelp")), DefaultValueFactory = _ => CrawlLimits.Default.MaxBytes };
        var maxSeconds = new Option<int>("--max-seconds") { HelpName = "SECONDS", Description = Bilingual.Of(new("audit.maxSecondsHelp")), DefaultValueFactory = _ => (int)CrawlLimits.Default.MaxTime.TotalSeconds };
        var mapping = new Option<string?>("--mapping") { HelpName = "FILE", Description = Bilingual.Of(new("audit.mappingHelp")) };
        var fleet = new Option<string?>("--fleet") { HelpName = "FILE", Description = Bilingual.Of(new("audit.fleetHelp")) };
        dir.Arity = ArgumentArity.ZeroOrOne;
        var (format, output) = OutputPlan.Options();
        var command = new Command("audit", Bilingual.Of(new("audit.help")))
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
                Coverage = CoverageText.Of("audit", new("audit.coverage", ("channels", result.Channels), ("pages", result.Pages), ("items", result.Items), ("standards", result.Standards))),
            };
            plan.Write(d, summary, l, ReportContexts.For(location, "audit"));
            timings?.Mark("report");
            return summary.Errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}

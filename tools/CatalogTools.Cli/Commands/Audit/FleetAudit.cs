using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Reporting;
using CatalogTools.Publishing.Audit;
using CatalogTools.Publishing.Fleet;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Cli.Commands.Audit;

/// <summary>`catalog audit --fleet FILE`: every channel's version, and which are behind, expired or forked (<see cref="FleetAuditor"/>), in check's formats.</summary>
internal static class FleetAudit
{
    public static int Run(CliConsole console, string fleetPath, OutputPlan plan, IReadOnlyList<(string Format, string? File)> targets, TimeProvider clock, Lang lang)
    {
        if (!File.Exists(fleetPath))
        {
            console.Error.WriteLine(Messages.Format(lang, "audit.fleetFileNotFound", ("fleetPath", fleetPath)));
            return ExitCodes.CannotRun;
        }
        var fleet = FleetFile.Parse(File.ReadAllBytes(fleetPath), out var error);
        if (fleet is null)
        {
            console.Error.WriteLine(Messages.Format(lang, "audit.invalidFleetFileFormatSchemas", ("fleetPath", fleetPath), ("error", error!.In(lang))));
            return ExitCodes.CannotRun;
        }
        using var http = ServedChannels.Client();
        var auditor = new FleetAuditor(http, clock);
        MessageText? releasesError = null;
        var releases = auditor.ReleasesAsync(fleet, fleetPath, e => releasesError = e).GetAwaiter().GetResult();
        if (releases is null)
        {
            // Without the record of what was published no channel can be judged: stop rather than call every channel forked.
            console.Error.WriteLine(Messages.Format(lang, "audit.cannotReadTheReleaseRecord", ("releases", fleet.Releases), ("releasesError", releasesError?.In(lang))));
            return ExitCodes.CannotRun;
        }
        var result = auditor.AuditAsync(fleet, fleetPath, releases).GetAwaiter().GetResult();
        var d = result.Diagnostics;
        var summary = new CheckSummary(result.Channels, 0, 0, null,
            d.Count(x => x.Severity == Severity.Error), d.Count(x => x.Severity == Severity.Warning), d.Count(x => x.Severity == Severity.Info), 0,
            ChannelFleetRules.All.Count, new Dictionary<string, int> { ["channels"] = result.Channels })
        {
            Coverage = CoverageText.Of("fleet", new("audit.fleetCoverage", ("channels", result.Channels), ("releases", result.Releases))),
        };
        plan.Write(d, summary, lang, ReportContext.Unanchored("audit"));
        return summary.Errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

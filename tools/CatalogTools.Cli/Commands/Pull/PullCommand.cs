using System.CommandLine;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Reporting;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Pull;

namespace CatalogTools.Cli.Commands.Pull;

/// <summary>
/// `catalog pull URL|DIR --root ROOT -o DIR [--channel NAME]`: the channel client. Fetches the
/// signed metadata, then only the files the channel lacks, checks all of it against the trusted root
/// and swaps the new version in whole (<see cref="ChannelPuller"/>); a refusal names its attack.
/// </summary>
public static class PullCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var source = new Argument<string>("SOURCE") { Description = Bilingual.Of(new("pull.sourceHelp")) };
        var root = new Option<string>("--root") { HelpName = "FILE", Description = Bilingual.Of(new("pull.rootHelp")), Required = true };
        var output = new Option<string>("--output", "-o") { HelpName = "DIR", Description = Bilingual.Of(new("pull.outputHelp")), Required = true };
        var channel = new Option<string?>("--channel") { HelpName = "web|mobile|kiosk", Description = Bilingual.Of(new("pull.channelHelp")) };
        var parallel = new Option<int>("--parallel") { HelpName = "N", Description = Bilingual.Of(new("pull.parallelHelp")), DefaultValueFactory = _ => 4 };
        var maxManifest = new Option<long>("--max-manifest-bytes") { HelpName = "BYTES", Description = Bilingual.Of(new("pull.maxManifestBytesHelp")), DefaultValueFactory = _ => 1L << 30 };
        var command = new Command("pull", Bilingual.Of(new("pull.help"))) { source, root, output, channel, parallel, maxManifest };
        command.SetAction(async (parse, cancellation) =>
        {
            var lang = CommonOptions.LangOf(parse);
            var zh = lang == Lang.Zh;
            var name = parse.GetValue(channel);
            if (name is not null && !ChannelRegistry.Names.Contains(name))
            {
                console.Error.WriteLine(Messages.Format(lang, "pull.unknownChannelChooseWebMobile", ("name", name)));
                return ExitCodes.CannotRun;
            }
            var given = parse.GetValue(source)!;
            // Under root metadata a channel's own address (…/PREFIX/mobile/) stands for its publish folder and channel.
            if (name is null && PullTrustFile.IsRootMetadata(parse.GetValue(root)!) && BundleSources.SplitChannel(given) is { } split) (given, name) = split;
            var trust = PullTrustFile.Load(parse.GetValue(root)!, name, out var trustError);
            if (trust is null)
            {
                console.Error.WriteLine(trustError!.In(lang));
                return ExitCodes.CannotRun;
            }
            // With trust metadata the source is the publish folder itself; with a key, one channel's bundle.
            var from = trust is TufPullTrust ? given : ChannelBundle(given, name);
            var bundle = BundleSources.Open(from);
            try
            {
                var timings = PhaseTimings.FromEnvironment(console);
                var options = new PullOptions { Channel = name, Parallel = Math.Max(1, parse.GetValue(parallel)), MaxManifestBytes = parse.GetValue(maxManifest), Phase = timings is null ? null : timings.Mark };
                var result = await new ChannelPuller(bundle, trust, clock).PullAsync(parse.GetValue(output)!, options, cancellation: cancellation);
                return Report(console, result, bundle.Origin, lang);
            }
            finally
            {
                (bundle as IDisposable)?.Dispose();
            }
        });
        return command;
    }

    /// <summary>The channel's bundle: SOURCE itself, or SOURCE/CHANNEL/ when SOURCE is a publish folder and --channel names a channel.</summary>
    private static string ChannelBundle(string from, string? channel)
    {
        if (channel is null) return from;
        if (from.Contains("://", StringComparison.Ordinal)) return from.TrimEnd('/').EndsWith("/" + channel, StringComparison.Ordinal) ? from : BundleSources.ChannelUnder(from, channel);
        return File.Exists(Path.Combine(from, "manifest.json")) ? from : BundleSources.ChannelUnder(from, channel);
    }

    private static int Report(CliConsole console, PullResult result, string origin, Lang lang)
    {
        var t = result.Transfer;
        var moved = new MessageText("pull.fetchedFilesReusedLocalOnes", ("filesFetched", t.FilesFetched), ("filesReused", t.FilesReused), ("bytesReceived", t.BytesReceived), ("bytesResumed", t.BytesResumed));
        var coverage = result.Status switch
        {
            PullStatus.Updated => new MessageText("pull.updated", ("origin", origin), ("version", result.Version), ("previous", Previous(result, "pull.none")), ("moved", moved)),
            PullStatus.UpToDate => new MessageText("pull.upToDate", ("version", result.Version), ("origin", origin)),
            PullStatus.Busy => new MessageText("pull.busy"),
            _ => new MessageText("pull.refused", ("origin", origin), ("previous", Previous(result, "pull.noneInParentheses")), ("moved", moved)),
        };
        if (result.Status == PullStatus.Busy)
        {
            console.Error.WriteLine(coverage.In(lang));
            return ExitCodes.CannotRun;
        }
        var d = result.Diagnostics;
        var summary = new CheckSummary(result.Files, 0, 0, null, d.Count(x => x.Severity == Severity.Error), d.Count(x => x.Severity == Severity.Warning), d.Count(x => x.Severity == Severity.Info), 0,
            CatalogTools.Rules.Channels.ChannelPullRules.All.Count, new Dictionary<string, int>())
        {
            Coverage = CoverageText.Of("pull", coverage),
        };
        new TextReporter(ReportContext.Unanchored("pull"), color: false).Write(console.Out, d, summary, lang);
        return result.Status == PullStatus.Refused ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>The version the channel served before, or the word for none.</summary>
    private static MessageArgument Previous(PullResult result, string noneId) =>
        result.PreviousVersion is { } previous ? previous.ToString() : new MessageText(noneId);
}

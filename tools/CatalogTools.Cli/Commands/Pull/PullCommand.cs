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
        var source = new Argument<string>("SOURCE") { Description = "发布包的网址或文件夹（某渠道的，或加 --channel 的发布文件夹）/ the bundle's URL or folder" };
        var root = new Option<string>("--root") { HelpName = "FILE", Description = "渠道安装时受信任的根：根元数据 N.root.json（SOURCE 为发布文件夹，须加 --channel），或发布方公钥 PEM / the trusted root: root metadata (SOURCE is the publish folder; needs --channel) or the publisher's public key", Required = true };
        var output = new Option<string>("--output", "-o") { HelpName = "DIR", Description = "渠道的文件夹：current 指向所提供的版本 / the channel's folder; current points to the version served", Required = true };
        var channel = new Option<string?>("--channel") { HelpName = "web|mobile|kiosk", Description = "渠道名；SOURCE 是发布文件夹时取其中该渠道 / the channel (SOURCE/CHANNEL/ when SOURCE is a publish folder)" };
        var parallel = new Option<int>("--parallel") { HelpName = "N", Description = "同时下载的文件数（默认 4）/ files fetched at once", DefaultValueFactory = _ => 4 };
        var maxManifest = new Option<long>("--max-manifest-bytes") { HelpName = "BYTES", Description = "清单大小上限（默认 1 GiB）/ the most a manifest may hold", DefaultValueFactory = _ => 1L << 30 };
        var command = new Command("pull", "渠道拉取发布包：校验签名与版本，只下载变化的文件，整体切换 / pull a bundle into a channel") { source, root, output, channel, parallel, maxManifest };
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
                console.Error.WriteLine(zh ? trustError!.Value.Zh : trustError!.Value.En);
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
        var zh = lang == Lang.Zh;
        var t = result.Transfer;
        var moved = Messages.Format(lang, "pull.fetchedFilesReusedLocalOnes", ("filesFetched", t.FilesFetched), ("filesReused", t.FilesReused), ("bytesReceived", t.BytesReceived), ("bytesResumed", t.BytesResumed));
        var (coverageZh, coverageEn) = result.Status switch
        {
            PullStatus.Updated => ($"已从 {origin} 更新到版本 {result.Version}（之前 {result.PreviousVersion?.ToString() ?? "无"}）：{moved}", $"Updated from {origin} to version {result.Version} (before: {result.PreviousVersion?.ToString() ?? "none"}): {moved}"),
            PullStatus.UpToDate => ($"已是最新版本 {result.Version}（{origin}）", $"Already at the newest version {result.Version} ({origin})"),
            PullStatus.Busy => ("另一个 pull 正在更新该渠道文件夹", "another pull is updating this channel folder"),
            _ => ($"拒绝了 {origin} 的更新，渠道仍提供版本 {result.PreviousVersion?.ToString() ?? "（无）"}：{moved}", $"Refused the update from {origin}; the channel still serves version {result.PreviousVersion?.ToString() ?? "(none)"}: {moved}"),
        };
        if (result.Status == PullStatus.Busy)
        {
            console.Error.WriteLine(zh ? coverageZh : coverageEn);
            return ExitCodes.CannotRun;
        }
        var d = result.Diagnostics;
        var summary = new CheckSummary(result.Files, 0, 0, null, d.Count(x => x.Severity == Severity.Error), d.Count(x => x.Severity == Severity.Warning), d.Count(x => x.Severity == Severity.Info), 0,
            CatalogTools.Rules.Channels.ChannelPullRules.All.Count, new Dictionary<string, int>())
        {
            Coverage = new SummaryCoverage("pull", coverageZh, coverageEn),
        };
        new TextReporter(ReportContext.Unanchored("pull"), color: false).Write(console.Out, d, summary, lang);
        return result.Status == PullStatus.Refused ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

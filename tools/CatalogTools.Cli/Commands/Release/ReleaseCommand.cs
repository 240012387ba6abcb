using System.CommandLine;
using CatalogTools.Cli.Commands.Sign;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.Release;

/// <summary>
/// `catalog release OUT --key ONLINE.pem [--timestamp-hours H]`: the last step of a publish whose targets
/// metadata waited for officials' signatures, and the freshness renewal to run from cron: writes the
/// snapshot (when what it lists changed) and a new timestamp.
/// </summary>
public static class ReleaseCommand
{
    public const int DefaultTimestampHours = 24;

    public static Option<int> TimestampHoursOption() => new("--timestamp-hours")
    {
        HelpName = "HOURS",
        Description = $"timestamp.json 的有效小时数（默认 {DefaultTimestampHours}，至多 8784）/ hours timestamp.json stays valid (default {DefaultTimestampHours})",
        DefaultValueFactory = _ => DefaultTimestampHours,
    };

    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var dir = new Argument<string>("OUT") { Description = "发布文件夹（含 metadata/）/ the publish folder (holding metadata/)" };
        var key = new Option<string[]>("--key") { HelpName = "FILE", Description = "snapshot 与 timestamp 角色的私钥（可重复）/ snapshot and timestamp private keys (repeatable)", Required = true };
        var hours = TimestampHoursOption();
        var command = new Command("release", "签发快照与时间戳（官员签名之后，或定时更新时间戳）/ write snapshot and timestamp") { dir, key, hours };
        command.SetAction(parse =>
        {
            var lang = CommonOptions.LangOf(parse);
            if (parse.GetValue(hours) is < 1 or > 8784)
            {
                console.Error.WriteLine(Messages.Text(lang, "publish.timestampHoursMustBeBetween"));
                return ExitCodes.CannotRun;
            }
            var keys = KeyFiles.Load(parse.GetValue(key)!, console, lang);
            if (keys is null) return ExitCodes.CannotRun;
            var result = TrustRelease.Release(Path.GetFullPath(parse.GetValue(dir)!), keys, clock.GetUtcNow(), TimeSpan.FromHours(parse.GetValue(hours)));
            return TrustReport.Write(console, result, lang);
        });
        return command;
    }
}

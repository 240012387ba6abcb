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
        Description = Bilingual.Of(new("release.timestampHoursHelp", ("hours", DefaultTimestampHours))),
        DefaultValueFactory = _ => DefaultTimestampHours,
    };

    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var dir = new Argument<string>("OUT") { Description = Bilingual.Of(new("release.outHelp")) };
        var key = new Option<string[]>("--key") { HelpName = "FILE", Description = Bilingual.Of(new("release.keyHelp")), Required = true };
        var hours = TimestampHoursOption();
        var command = new Command("release", Bilingual.Of(new("release.help"))) { dir, key, hours };
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

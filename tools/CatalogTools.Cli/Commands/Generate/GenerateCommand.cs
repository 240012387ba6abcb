using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Formatting;
using CatalogTools.Core.Generation;
using CatalogTools.Core.Progress;

namespace CatalogTools.Cli.Commands.Generate;

/// <summary>`catalog generate -o DIR --implementations N [--seed S]`: a synthetic province for benchmarks, written as a whole (staged, then moved into place).</summary>
public static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--output", "-o") { HelpName = "DIR", Description = "输出文件夹 / output folder", Required = true };
        var count = new Option<int>("--implementations") { HelpName = "N", Description = "实施清单数量 / number of implementation records", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { HelpName = "N", Description = "随机种子：同一种子生成同一目录 / same seed, same catalog", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "生成合成省份目录（用于性能测试）/ generate a synthetic province") { output, count, seed };
        command.SetAction(parse =>
        {
            var l = CommonOptions.LangOf(parse);
            var n = parse.GetValue(count);
            if (n < 1)
            {
                console.Error.WriteLine(l == Lang.Zh ? "--implementations 必须大于 0" : "--implementations must be positive");
                return ExitCodes.CannotRun;
            }
            var dir = parse.GetValue(output)!;
            if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            {
                console.Error.WriteLine(l == Lang.Zh ? $"输出文件夹『{dir}』不是空的" : $"output folder '{dir}' is not empty");
                return ExitCodes.CannotRun;
            }
            // Written into a staging folder beside DIR and moved into place when complete: DIR never holds half a province.
            GenerationStats stats;
            try
            {
                using var progress = CliProgress.Start(console, l);
                stats = StagedFolder.Create(dir, stage => new ProvinceGenerator(n, parse.GetValue(seed)) { Progress = progress }.Write(stage));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine(l == Lang.Zh ? $"无法生成到『{dir}』：{e.Message}（未留下任何文件）" : $"cannot generate into '{dir}': {e.Message} (nothing was left behind)");
                return ExitCodes.CannotRun;
            }
            console.Out.WriteLine(l == Lang.Zh
                ? $"已生成：区划 {stats.Regions} 个，实施主体 {stats.Agencies} 个，标准事项 {stats.Standards} 项，实施清单 {stats.Implementations} 项 → {dir}"
                : $"generated {stats.Regions} regions, {stats.Agencies} agencies, {stats.Standards} standard items, {stats.Implementations} implementations → {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Writing;
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
            // Written into a stage in .catalog-cache/ beside DIR and moved into place with one rename when complete
            // (journaled): DIR never holds half a province, even if the process is killed.
            GenerationStats? stats = null;
            var full = Path.GetFullPath(dir);
            Core.Writing.WriteFailure? failure;
            using (var progress = CliProgress.Start(console, l))
            {
                failure = JournaledWriter.WriteFolder(Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar))!, full,
                    stage => stats = new ProvinceGenerator(n, parse.GetValue(seed)) { Progress = progress }.Write(stage));
            }
            if (failure is not null || stats is null)
            {
                console.Error.WriteLine(l == Lang.Zh ? $"无法生成到『{dir}』：{failure?.Reason}（未留下任何文件）" : $"cannot generate into '{dir}': {failure?.Reason} (nothing was left behind)");
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

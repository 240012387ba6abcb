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
        var output = new Option<string>("--output", "-o") { HelpName = "DIR", Description = Bilingual.Of(new("generate.outputHelp")), Required = true };
        var count = new Option<int>("--implementations") { HelpName = "N", Description = Bilingual.Of(new("generate.implementationsHelp")), DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { HelpName = "N", Description = Bilingual.Of(new("generate.seedHelp")), DefaultValueFactory = _ => 1 };
        var command = new Command("generate", Bilingual.Of(new("generate.help"))) { output, count, seed };
        command.SetAction(parse =>
        {
            var l = CommonOptions.LangOf(parse);
            var n = parse.GetValue(count);
            if (n < 1)
            {
                console.Error.WriteLine(Messages.Text(l, "generate.implementationsMustBePositive"));
                return ExitCodes.CannotRun;
            }
            var dir = parse.GetValue(output)!;
            if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            {
                console.Error.WriteLine(Messages.Format(l, "generate.outputFolderIsNotEmpty", ("dir", dir)));
                return ExitCodes.CannotRun;
            }
            // Written into a stage in .catalog-cache/ beside DIR and moved into place with one rename when complete
            // (journaled): DIR never holds half a province, even if the process is killed.
            var timings = PhaseTimings.FromEnvironment(console);
            GenerationStats? stats = null;
            var full = Path.GetFullPath(dir);
            Core.Writing.WriteFailure? failure;
            using (var progress = CliProgress.Start(console, l))
            {
                failure = JournaledWriter.WriteFolder(Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar))!, full,
                    stage => stats = new ProvinceGenerator(n, parse.GetValue(seed)) { Progress = progress }.Write(stage));
            }
            timings?.Mark("generate");
            if (failure is not null || stats is null)
            {
                console.Error.WriteLine(Messages.Format(l, "generate.cannotGenerate", ("dir", dir), ("reason", failure?.Reason)));
                return ExitCodes.CannotRun;
            }
            console.Out.WriteLine(Messages.Format(l, "generate.generatedRegionsAgenciesStandardItems", ("regions", stats.Regions), ("agencies", stats.Agencies), ("standards", stats.Standards), ("implementations", stats.Implementations), ("dir", dir)));
            timings?.Mark("report");
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using CatalogTools.Cli.Commands.Audit;
using CatalogTools.Cli.Commands.Check;
using CatalogTools.Cli.Commands.Export;
using CatalogTools.Cli.Commands.Diff;
using CatalogTools.Cli.Commands.History;
using CatalogTools.Cli.Commands.Lock;
using CatalogTools.Cli.Commands.Fmt;
using CatalogTools.Cli.Commands.Generate;
using CatalogTools.Cli.Commands.Report;
using CatalogTools.Cli.Commands.Import;
using CatalogTools.Cli.Commands.Keygen;
using CatalogTools.Cli.Commands.Publish;
using CatalogTools.Cli.Commands.VerifyBundle;
using CatalogTools.Cli.Commands.Rules;
using CatalogTools.Cli.Commands.Serve;

namespace CatalogTools.Cli;

/// <summary>The `catalog` command line: one verb per folder under Commands/.</summary>
public static class CatalogCli
{
    public static RootCommand Build(CliConsole console, TimeProvider clock)
    {
        var root = new RootCommand("CatalogTools：政务服务事项目录工具链 / government service-item catalog toolchain");
        root.Subcommands.Add(CheckCommand.Create(console, clock));
        root.Subcommands.Add(FmtCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(GenerateCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console, clock));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(ImportCommand.Create(console, clock));
        root.Subcommands.Add(LockCommand.Create(console, clock));
        root.Subcommands.Add(DiffCommand.Create(console));
        root.Subcommands.Add(HistoryCommand.Create(console));
        root.Subcommands.Add(PublishCommand.Create(console, clock));
        root.Subcommands.Add(KeygenCommand.Create(console));
        root.Subcommands.Add(VerifyBundleCommand.Create(console, clock));
        root.Subcommands.Add(AuditCommand.Create(console, clock));
        root.Subcommands.Add(ServeCommand.Create(console));
        return root;
    }

    public static int Run(string[] args, CliConsole console, TimeProvider? clock = null)
    {
        var root = Build(console, clock ?? TimeProvider.System);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) console.Error.WriteLine(error.Message);
            console.Error.WriteLine("用法见 catalog --help / see catalog --help");
            return ExitCodes.CannotRun;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"无法运行：{e.Message} / cannot run: {e.Message}");
            return ExitCodes.CannotRun;
        }
    }
}

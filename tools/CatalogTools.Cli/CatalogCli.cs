using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using CatalogTools.Cli.Commands.Audit;
using CatalogTools.Cli.Commands.Check;
using CatalogTools.Cli.Commands.Completion;
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
using CatalogTools.Cli.Commands.Query;
using CatalogTools.Cli.Commands.VerifyBundle;
using CatalogTools.Cli.Commands.Rules;
using CatalogTools.Cli.Commands.Serve;

using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Cli;

/// <summary>
/// The `catalog` command line: one verb per folder under Commands/. System.CommandLine parses it
/// and words its own errors and typo suggestions, in Chinese (its zh-Hans resources) or, with
/// --lang en, in English; every parse error exits 2.
/// </summary>
public static class CatalogCli
{
    public static RootCommand Build(CliConsole console, TimeProvider clock)
    {
        var root = new RootCommand(Bilingual.Of(new("catalogCli.help")))
        {
            CommonOptions.Lang(),
            CommonOptions.Color(),
            CommonOptions.Quiet(),
        };
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
        root.Subcommands.Add(Commands.Sign.SignCommand.Create(console));
        root.Subcommands.Add(Commands.Root.RootCommand.Create(console, clock));
        root.Subcommands.Add(Commands.Release.ReleaseCommand.Create(console, clock));
        root.Subcommands.Add(AuditCommand.Create(console, clock));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(Commands.Pull.PullCommand.Create(console, clock));
        root.Subcommands.Add(QueryCommand.Create(console, clock));
        root.Subcommands.Add(CompletionCommand.Create(console));
        UnknownOptionGuard.Apply(root);
        return root;
    }

    public static int Run(string[] args, CliConsole console, TimeProvider? clock = null)
    {
        var time = clock ?? TimeProvider.System;
        // A first parse finds the global options wherever they were written; the language must be
        // known before the real parse, which words its errors in the UI culture.
        // No response files: a git revision such as @{-1} must stay an argument, not be read as a file named "{-1}".
        var parserConfiguration = new ParserConfiguration { ResponseFileTokenReplacer = null };
        var globals = GlobalSettings.Read(Build(console, time).Parse(args, parserConfiguration));
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = globals.Lang == Lang.Zh ? CultureInfo.GetCultureInfo("zh-Hans") : CultureInfo.InvariantCulture;
        try
        {
            console = console.With(globals.Color, globals.Quiet);
            var parse = Build(console, time).Parse(args, parserConfiguration);
            if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
            {
                if (parse.Action is ParseErrorAction errors)
                {
                    // Errors, then suggestions in the run's language, on stderr; the usage hint replaces the full help.
                    errors.ShowHelp = false;
                    errors.ShowTypoCorrections = false;
                    parse.Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error, EnableDefaultExceptionHandler = false });
                }
                else
                {
                    foreach (var error in parse.Errors) console.Error.WriteLine(error.Message);
                }
                TypoHints.Write(parse, console.Error, globals.Lang);
                console.Error.WriteLine(Messages.Text(globals.Lang, "catalogCli.seeCatalogHelp"));
                return ExitCodes.CannotRun;
            }
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(Bilingual.Of(new("catalogCli.cannotRun", ("message", e.Message))));
            return ExitCodes.CannotRun;
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}

using System.CommandLine;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Cli.Commands.Completion;

/// <summary>
/// `catalog completion bash|zsh|pwsh`: prints a script that completes verbs, options and their
/// values by asking the tool itself (System.CommandLine's <c>[suggest:N]</c> directive), so the
/// completions are always those of the installed version.
/// </summary>
public static class CompletionCommand
{
    public static Command Create(CliConsole console)
    {
        var shell = new Argument<string>("SHELL") { Description = Bilingual.Of(new("completion.shellHelp")) };
        shell.AcceptOnlyFromAmong(CompletionScripts.Shells);
        var command = new Command("completion", Bilingual.Of(new("completion.help"))) { shell };
        command.SetAction(parse =>
        {
            console.Out.Write(CompletionScripts.For(parse.GetValue(shell)!));
            return ExitCodes.Ok;
        });
        return command;
    }
}

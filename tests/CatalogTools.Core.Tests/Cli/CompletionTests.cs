using System.Diagnostics;
using CatalogTools.Core.Tests.Cli.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>`catalog completion bash|zsh|pwsh` prints a script that asks the tool itself ([suggest:N]) for completions.</summary>
public sealed class CompletionTests
{
    [Theory]
    [InlineData("bash", "complete -o default -F _catalog_complete catalog catalog.sh ./catalog.sh")]
    [InlineData("zsh", "compdef _catalog_complete catalog catalog.sh ./catalog.sh")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName catalog, catalog.sh, ./catalog.sh")]
    public void EachShellGetsAScript(string shell, string registration)
    {
        var outcome = CliRun.Run("completion", shell);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(registration, outcome.Out);
        Assert.Contains("[suggest:", outcome.Out);
    }

    [Fact]
    public void AnUnknownShellIsRefused()
    {
        var outcome = CliRun.Run("completion", "fish");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("'fish'", outcome.Error);
    }

    [Theory]
    [InlineData("che", "check")]
    [InlineData("check --fo", "--format")]
    [InlineData("check --format ", "sarif")]
    [InlineData("--lang ", "en")]
    public void TheSuggestDirectiveCompletes(string typed, string expected)
    {
        var outcome = CliRun.Run($"[suggest:{typed.Length}]", typed);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(expected, outcome.Out.Split('\n', StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void BashCompletesAVerbThroughTheScript()
    {
        var script = Path.Combine(Path.GetTempPath(), "catalog-completion-" + Guid.NewGuid().ToString("N")[..8] + ".bash");
        File.WriteAllText(script, CliRun.Run("completion", "bash").Out);
        try
        {
            // `catalog` is a shell function here standing in for the installed tool.
            var test = $$"""
                catalog() { dotnet '{{CliProcess.Dll}}' "$@"; }
                source '{{script}}'
                COMP_LINE='catalog ch'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(catalog ch); COMP_CWORD=1
                _catalog_complete
                printf 'verb %s\n' "${COMPREPLY[@]}"
                COMP_LINE='catalog check --form'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(catalog check --form); COMP_CWORD=2
                _catalog_complete
                printf 'option %s\n' "${COMPREPLY[@]}"
                """;
            var start = new ProcessStartInfo("bash", ["-c", test]) { RedirectStandardOutput = true };
            using var bash = Process.Start(start)!;
            var lines = bash.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            bash.WaitForExit();
            Assert.Contains("verb check", lines);
            Assert.DoesNotContain("verb fmt", lines);
            Assert.Contains("option --format", lines);
        }
        finally
        {
            File.Delete(script);
        }
    }
}

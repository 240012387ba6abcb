using System.CommandLine;
using System.Text.RegularExpressions;
using CatalogTools.Cli;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>Help placeholders say what a value is (&lt;DIR&gt;, &lt;FILE&gt;, &lt;REV&gt;, &lt;CODE&gt;), never echo the option's name.</summary>
public sealed class CliHelpTests
{
    public static TheoryData<string> Verbs() =>
        new(CatalogCli.Build(new CliConsole(TextWriter.Null, TextWriter.Null, false), FixedClock.Default).Subcommands.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Verbs))]
    public void NoPlaceholderRepeatsTheOptionName(string verb)
    {
        var outcome = CliRun.Run(verb, "--help");
        Assert.Equal(0, outcome.ExitCode);
        foreach (Match option in Regex.Matches(outcome.Out, @"(--[a-z-]+) <([^>]+)>"))
        {
            Assert.NotEqual(option.Groups[1].Value[2..], option.Groups[2].Value);
        }
        Assert.DoesNotMatch("<catalog>|<output>|<changed-since>|<base>", outcome.Out);
    }

    /// <summary>--lang, --color and --quiet live on the root only (a verb's own copy would shadow the global one before the verb).</summary>
    [Fact]
    public void NoVerbDeclaresAGlobalOptionAgain()
    {
        var root = CatalogCli.Build(new CliConsole(TextWriter.Null, TextWriter.Null, false), FixedClock.Default);
        string[] globals = [CommonOptions.LangName, CommonOptions.ColorName, CommonOptions.QuietName];
        Assert.All(globals, name => Assert.Contains(root.Options, o => o.Name == name && o.Recursive));
        foreach (var verb in root.Subcommands)
        {
            Assert.DoesNotContain(verb.Options, o => globals.Contains(o.Name));
        }
    }

    [Theory]
    [InlineData("check", "--catalog <DIR>", "--changed-since <REV>", "--output <FILE>", "--lang <zh|en>", "--color <auto|always|never>")]
    [InlineData("lock", "--base <REV>")]
    [InlineData("export", "<FILE>", "--region <CODE>", "--standard <CODE>")]
    [InlineData("history", "<CODE>")]
    [InlineData("diff", "<REV>", "--output <FILE>")]
    [InlineData("publish", "-o, --output <DIR>", "--key <FILE>")]
    [InlineData("report", "--baseline <REV>", "-o, --output <FILE>")]
    public void PlaceholdersSayWhatTheyTake(string verb, params string[] expected)
    {
        var help = CliRun.Run(verb, "--help").Out;
        foreach (var text in expected) Assert.Contains(text, help);
    }
}

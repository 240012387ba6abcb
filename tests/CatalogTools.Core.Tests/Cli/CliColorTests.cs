using CatalogTools.Cli;
using CatalogTools.Core.Tests.Checking;
using CatalogTools.Core.Tests.Cli.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>--color auto|always|never beside NO_COLOR: the flag wins; auto colours a terminal unless NO_COLOR is set.</summary>
public sealed class CliColorTests
{
    private const string Escape = "\u001b[";

    [Theory]
    [InlineData(false, "always", true)]
    [InlineData(true, "never", false)]
    [InlineData(true, "auto", true)]
    [InlineData(false, "auto", false)]
    public void TheColorOptionDecidesOverTheConsole(bool terminal, string color, bool coloured)
    {
        using var catalog = OneError();
        var stdout = new StringWriter();
        var code = CatalogCli.Run(["check", "--catalog", catalog.CatalogDir, "--no-cache", "--color", color], new CliConsole(stdout, new StringWriter(), terminal), FixedClock.Default);
        Assert.Equal(1, code);
        Assert.Equal(coloured, stdout.ToString().Contains(Escape, StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownColorIsRefused()
    {
        var outcome = CliRun.Run("check", "--color", "rainbow");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("'rainbow'", outcome.Error);
    }

    [Fact]
    public void OnATerminalNoColorTurnsColourOffAndColorAlwaysTurnsItBackOn()
    {
        using var catalog = OneError();
        var coloured = CliProcess.OnTerminal(null, "check", "--catalog", catalog.CatalogDir, "--no-cache", "--quiet");
        var plain = CliProcess.OnTerminal(new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "check", "--catalog", catalog.CatalogDir, "--no-cache", "--quiet");
        var forced = CliProcess.OnTerminal(new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "check", "--catalog", catalog.CatalogDir, "--no-cache", "--quiet", "--color", "always");
        Assert.Contains("CAT0008", plain.Screen);
        Assert.Contains(Escape + "31m", coloured.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape + "31m", plain.Screen, StringComparison.Ordinal);
        Assert.Contains(Escape + "31m", forced.Screen, StringComparison.Ordinal);
    }

    private static TempCatalog OneError()
    {
        var catalog = TempCatalog.CopyOfSample();
        DefectFixture.Load("09-unknown-agency").ApplyTo(catalog);
        return catalog;
    }
}

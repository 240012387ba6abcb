using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>An --output whose file name is another format's than the --format it pairs with is refused, and nothing is written.</summary>
public sealed class OutputPairingMistakeTests
{
    [Fact]
    public void AnnotationsAreNotWrittenIntoASarifFile()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var sarif = Path.Combine(catalog.Root, "x.sarif");
        var outcome = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--no-cache", "--format", "sarif", "--format", "github", "--output", sarif);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"--output {sarif} 属于紧邻其前的 --format github", outcome.Error);
        Assert.Contains($"--format github --format sarif --output {sarif}", outcome.Error);
        Assert.False(File.Exists(sarif));
        Assert.Equal("", outcome.Out);
    }

    [Fact]
    public void TextIsNotWrittenIntoAJsonFile()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var json = Path.Combine(catalog.Root, "report.json");
        var outcome = CliRun.Run("--lang", "en", "check", "--catalog", catalog.CatalogDir, "--no-cache", "--output", json);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"--output {json} pairs with the --format just before it, text", outcome.Error);
        Assert.False(File.Exists(json));
    }

    [Theory]
    [InlineData("sarif", "x.sarif")]
    [InlineData("sarif", "x.sarif.json")]
    [InlineData("json", "x.json")]
    [InlineData("github", "annotations.txt")]
    [InlineData("text", "report")]
    public void AFileNamedForItsFormatIsWritten(string format, string name)
    {
        using var catalog = TempCatalog.CopyOfSample();
        var file = Path.Combine(catalog.Root, name);
        var outcome = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--no-cache", "--format", format, "--output", file);
        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(file));
    }
}

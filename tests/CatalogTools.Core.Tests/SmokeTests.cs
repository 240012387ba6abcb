using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void SampleCatalogPassesCheck()
    {
        var outcome = CliRun.Run("check", "--catalog", RepoPaths.SampleCatalog);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
    }
}

using CatalogTools.Publishing.Tests.Support;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>Retiring a standard is followed through: publish leaves its implementations out of every channel and says so, item by item.</summary>
public sealed class RetirementTests
{
    [Fact]
    public void Publish_lists_each_implementation_of_a_retired_standard_and_why()
    {
        using var repo = GitCatalog.CreateSample(t =>
            t.Replace("standards/CJ00101001.yaml", "status: 在用\n", "status: 已停用\nretiredOn: 2026-11-30\n"));
        var output = repo.Out("out");
        // An active implementation over a retired standard is an error (CAT0035): publish refuses and names each one.
        var refused = repo.Publish(output);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(6, refused.Error.Split('\n').Count(l => l.Contains("CAT0035 [CJ00101001-", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(Path.Combine(output, "web")));

        // Told to skip them, it publishes the rest and lists each one left out, with the reason.
        var outcome = repo.Publish(output, "--skip-invalid");
        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Out.Split('\n').Where(l => l.StartsWith("未发布 CJ00101001-", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, lines.Count);
        Assert.All(lines, l => Assert.Contains("标准事项 CJ00101001 已停用，实施清单仍写着在用（CAT0035）", l, StringComparison.Ordinal));
        Assert.Contains("其中标准事项已停用而仍在用的 6 项", outcome.Out, StringComparison.Ordinal);
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            var files = Directory.EnumerateFiles(Path.Combine(output, channel), "*", SearchOption.AllDirectories);
            Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith("CJ00101001-", StringComparison.Ordinal));
        }
    }
}

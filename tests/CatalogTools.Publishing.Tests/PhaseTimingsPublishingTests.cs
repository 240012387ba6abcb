using System.Net.Http;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// CATALOG_TIMINGS=1 splits the phases of audit, verify-bundle, pull and serve's start-up on stderr and adds nothing to
/// stdout: each verb runs in a child process on the published sample, with and without the variable.
/// </summary>
public sealed class PhaseTimingsPublishingTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    [Fact]
    public void AuditPrintsLoadAuditAndReport()
    {
        var runs = TimingsRun.Twice(bundle.Repo.Root, "audit", bundle.Output, "--catalog", bundle.Repo.CatalogDir, "--templates", RepoPaths.Templates);
        runs.AssertPhases(["load", "audit", "report"]);
    }

    [Fact]
    public void VerifyBundlePrintsOnePhasePerChannel()
    {
        var runs = TimingsRun.Twice(bundle.Repo.Root, "verify-bundle", bundle.Output, "--key", bundle.Repo.PublicKey);
        runs.AssertPhases(["verify kiosk", "verify mobile", "verify web"]);
        Assert.Equal(0, runs.Timed.ExitCode);
    }

    [Fact]
    public void PullPrintsTrustFetchAndSwitch()
    {
        // Each run pulls into a fresh channel folder, so both fetch every file and print the same summary.
        var folder = Path.Combine(bundle.Repo.Root, "pulled-" + Guid.NewGuid().ToString("N")[..8]);
        string[] Pull(string into) => ["pull", bundle.Output, "--channel", "web", "--root", bundle.Repo.PublicKey, "-o", into];
        var timed = TimingsRun.Once(bundle.Repo.Root, timings: true, Pull(folder + "-timed"));
        var plain = TimingsRun.Once(bundle.Repo.Root, timings: false, Pull(folder + "-plain"));
        var runs = new TimingsOutcome(timed, plain.ExitCode == 0 ? plain with { Out = plain.Out.Replace(folder + "-plain", folder + "-timed", StringComparison.Ordinal) } : plain);
        runs.AssertPhases(["trust", "fetch", "switch"]);
        Assert.Equal(0, timed.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder + "-timed", "current", "manifest.json")));
    }

    [Fact]
    public async Task ServePrintsItsStartUpThenServes()
    {
        using var serve = TimingsRun.StartTimed(bundle.Repo.Root, "serve", bundle.Output, "--port", "0");
        var stderr = serve.StandardError.ReadToEndAsync();
        var first = await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var address = System.Text.RegularExpressions.Regex.Match(first ?? "", @"http://127\.0\.0\.1:\d+").Value;
        Assert.False(address.Length == 0, first);
        using (var http = new HttpClient())
        {
            var manifest = await http.GetAsync(new Uri(new Uri(address + "/"), "web/manifest.json"));
            Assert.True(manifest.IsSuccessStatusCode, manifest.ToString());
        }
        Assert.Equal(0, ProcessRun.Run("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], bundle.Repo.Root).ExitCode);
        var rest = await serve.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(1));
        await serve.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var error = await stderr;
        Assert.Equal(0, serve.ExitCode);
        Assert.Equal(["start"], new TimingsOutcome(new ProcessOutcome(0, first + "\n" + rest, error), new ProcessOutcome(0, "", "")).Phases);
        Assert.DoesNotContain(TimingsRun.Prefix, first + rest, StringComparison.Ordinal);
        Assert.Equal(2, (first + "\n" + rest).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}

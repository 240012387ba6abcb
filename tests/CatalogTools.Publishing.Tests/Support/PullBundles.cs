namespace CatalogTools.Publishing.Tests.Support;

/// <summary>
/// Two published versions of the sample catalog for the pull tests: V1 (the first commit,
/// 2026-11-01) and V2 (an item's opening hours changed, 2026-11-04, published --since V1, so it has a
/// delta.json). Both signed with the repository's key. Read-only: tests tamper with copies (<see cref="BundleForge"/>).
/// </summary>
public sealed class PullBundles : IDisposable
{
    public const string ChangedItem = "GG00101001-230125-11230125010320163G";
    public const long Version1 = 20261101080000;
    public const long Version2 = 20261104080000;

    public PullBundles()
    {
        Repo = GitCatalog.CreateSample();
        V1 = Repo.Out("out-v1");
        Check(Repo.Publish(V1));
        var impl = $"implementations/230125/{ChangedItem}.yaml";
        var hours = Repo.Temp.Read(impl).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        Repo.Temp.Replace(impl, hours + "\n", "hours: 工作日 9:00-17:00\n");
        Repo.Commit("hours", GitCatalog.FirstCommit.AddDays(3));
        V2 = Repo.Out("out-v2");
        Check(Repo.Publish(V2, "--since", V1));
    }

    public GitCatalog Repo { get; }

    /// <summary>The publish folder of version 1 (web/, mobile/, kiosk/).</summary>
    public string V1 { get; }

    public string V2 { get; }

    /// <summary>A new empty folder for a channel to pull into.</summary>
    public string NewChannelFolder() => Repo.Out("channel-" + Guid.NewGuid().ToString("N")[..8]);

    private static void Check(CatalogTools.Tests.Shared.CliOutcome outcome)
    {
        if (outcome.ExitCode != 0) throw new InvalidOperationException("publish failed: " + outcome.Error + outcome.Out);
    }

    public void Dispose() => Repo.Dispose();
}

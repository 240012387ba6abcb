using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Publishing.Trust;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests.Trust;

/// <summary>
/// `verify-bundle --root 1.root.json --state DIR` remembers, as the pull client does, the versions it
/// accepted: an older publish folder checked in a later run is refused as a rollback (CAT0242), while
/// the same folder checked without the state passes, and a refused run records nothing.
/// </summary>
public sealed class VerifyStateTests : IDisposable
{
    private readonly GitCatalog _repo = GitCatalog.CreateSample();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_rollback_across_runs_is_refused_with_the_state_kept_between_them()
    {
        var output = _repo.Out("out");
        Assert.Equal(0, _repo.Publish(output).ExitCode);
        var root = _repo.Out("1.root.json");
        File.Copy(Path.Combine(output, RepositoryLayout.RootFile(1)), root);
        var older = _repo.Out("out-older");
        PullHelper.CopyFolder(output, older);

        var impl = $"implementations/230125/{PullBundles.ChangedItem}.yaml";
        var hours = _repo.Temp.Read(impl).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        _repo.Temp.Replace(impl, hours + "\n", "hours: 工作日 9:00-17:00\n");
        _repo.Commit("hours", GitCatalog.FirstCommit.AddDays(3));
        Assert.Equal(0, _repo.Publish(output, "--since", output).ExitCode);

        var state = _repo.Out("trust-state");
        var newer = CliRun.Run("verify-bundle", output, "--root", root, "--state", state);
        Assert.True(newer.ExitCode == 0, newer.Out + newer.Error);
        Assert.Contains("已在『", newer.Out);
        var remembered = new TrustStateStore(state).State()!;
        Assert.Equal(2, remembered.TimestampVersion);
        Assert.Equal(["kiosk", "mobile", "web"], remembered.TargetsVersions.Keys.Order(StringComparer.Ordinal));

        // The next run is shown the first publish again: refused, and the state still holds the newer versions.
        var rollback = CliRun.Run("verify-bundle", older, "--root", root, "--state", state, "--lang", "en");
        Assert.Equal(1, rollback.ExitCode);
        Assert.Contains("CAT0242", rollback.Out);
        Assert.DoesNotContain("recorded the trusted versions", rollback.Out);
        Assert.Equal(remembered, new TrustStateStore(state).State(), new StateComparer());

        // Without the state nothing says it is old: each run alone cannot see a rollback.
        Assert.Equal(0, CliRun.Run("verify-bundle", older, "--root", root).ExitCode);
        // One channel checked does not forget the others.
        Assert.Equal(0, CliRun.Run("verify-bundle", Path.Combine(output, "mobile"), "--root", root, "--state", state).ExitCode);
        Assert.Equal(["kiosk", "mobile", "web"], new TrustStateStore(state).State()!.TargetsVersions.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void State_without_root_or_in_place_of_a_file_is_a_clear_error()
    {
        var output = _repo.Out("out");
        Assert.Equal(0, _repo.Publish(output).ExitCode);
        var noRoot = CliRun.Run("verify-bundle", output, "--key", _repo.PublicKey, "--state", _repo.Out("s"));
        Assert.Equal(2, noRoot.ExitCode);
        Assert.Contains("--state 需要 --root", noRoot.Error);
        var file = _repo.Out("state.txt");
        File.WriteAllText(file, "");
        var notFolder = CliRun.Run("verify-bundle", output, "--root", Path.Combine(output, RepositoryLayout.RootFile(1)), "--state", file);
        Assert.Equal(2, notFolder.ExitCode);
        Assert.Contains("应为文件夹", notFolder.Error);
    }

    private sealed class StateComparer : IEqualityComparer<TrustState?>
    {
        public bool Equals(TrustState? x, TrustState? y) =>
            x is not null && y is not null && x with { TargetsVersions = y.TargetsVersions } == y && x.TargetsVersions.OrderBy(p => p.Key).SequenceEqual(y.TargetsVersions.OrderBy(p => p.Key));

        public int GetHashCode(TrustState? obj) => 0;
    }
}

using CatalogTools.Tests.Shared;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// A real git repository built in the test: the fixture catalog committed and tagged v1, then
/// edited (I3 back to the standard's materials with promised 10 → 4 days; S2 loses a step) and
/// committed and tagged v2. Built with the git program, as an editor's machine would, so that only
/// the git reader's project references LibGit2Sharp.
/// </summary>
public sealed class GitFixture : IDisposable
{
    public const string I3Path = "implementations/230125100000/JF00201001-230125100000-11230125031179912J.yaml";

    public GitFixture()
    {
        Temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        Git("2026-01-05T10:00:00+08:00", "init", "-q");
        V1 = CommitAll("v1", "2026-01-05T10:00:00+08:00");
        Git("2026-01-05T10:00:00+08:00", "tag", "v1");

        var text = Temp.Read(I3Path);
        Temp.Write(I3Path, text[..text.IndexOf("materials:", StringComparison.Ordinal)].Replace("days: 10", "days: 4", StringComparison.Ordinal).Replace("visits: 1", "visits: 0", StringComparison.Ordinal));
        Temp.Replace("standards/XK00501001.yaml", "  - name: 证件制作与送达\n    order: 4\n", "");
        CommitAll("v2", "2026-06-05T10:00:00+08:00");
        Git("2026-06-05T10:00:00+08:00", "tag", "-a", "v2", "-m", "second version");
    }

    public TempCatalog Temp { get; }

    public string V1 { get; }

    private string CommitAll(string message, string when)
    {
        Git(when, "add", "-A");
        Git(when, "commit", "-q", "-m", message);
        return Git(when, "rev-parse", "HEAD").Trim();
    }

    /// <summary>git with the fixture's identity and the given author, committer and tagger time; no user or system configuration.</summary>
    private string Git(string when, params string[] arguments)
    {
        var outcome = ProcessRun.Run("git", arguments, Temp.Root, new Dictionary<string, string?>
        {
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_AUTHOR_NAME"] = "测试",
            ["GIT_AUTHOR_EMAIL"] = "test@example.invalid",
            ["GIT_COMMITTER_NAME"] = "测试",
            ["GIT_COMMITTER_EMAIL"] = "test@example.invalid",
            ["GIT_AUTHOR_DATE"] = when,
            ["GIT_COMMITTER_DATE"] = when,
        });
        if (outcome.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {outcome}");
        return outcome.Out;
    }

    public void Dispose() => Temp.Dispose();
}

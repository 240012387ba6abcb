using CatalogTools.Tests.Shared;
using LibGit2Sharp;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// A real git repository built in the test: the fixture catalog committed and tagged v1, then
/// edited (I3 back to the standard's materials with promised 10 → 4 days; S2 loses a step) and
/// committed and tagged v2.
/// </summary>
public sealed class GitFixture : IDisposable
{
    public const string I3Path = "implementations/230125100000/JF00201001-230125100000-11230125031179912J.yaml";

    public GitFixture()
    {
        Temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        Repository.Init(Temp.Root);
        using var repo = new Repository(Temp.Root);
        var v1 = CommitAll(repo, "v1", new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.FromHours(8)));
        repo.ApplyTag("v1", v1.Sha);

        var text = Temp.Read(I3Path);
        Temp.Write(I3Path, text[..text.IndexOf("materials:", StringComparison.Ordinal)].Replace("days: 10", "days: 4", StringComparison.Ordinal).Replace("visits: 1", "visits: 0", StringComparison.Ordinal));
        Temp.Replace("standards/XK00501001.yaml", "  - name: 证件制作与送达\n    order: 4\n", "");
        var v2 = CommitAll(repo, "v2", new DateTimeOffset(2026, 6, 5, 10, 0, 0, TimeSpan.FromHours(8)));
        repo.Tags.Add("v2", v2, new Signature("测试", "test@example.invalid", v2.Committer.When), "second version");
        V1 = v1.Sha;
    }

    public TempCatalog Temp { get; }

    public string V1 { get; }

    private static Commit CommitAll(Repository repo, string message, DateTimeOffset when)
    {
        Commands.Stage(repo, "*");
        var who = new Signature("测试", "test@example.invalid", when);
        return repo.Commit(message, who, who);
    }

    public void Dispose() => Temp.Dispose();
}

using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

/// <summary>
/// `check --changed-since` with the cache finds what it loads through the reverse index (as `check FILE`
/// does) instead of listing the work tree and standing in for 10^5 untouched files (issue 19 point 2).
/// Differential: on a real repository with one planted defect per case, it reports exactly what the
/// run without the cache (the partial load over the listed work tree) reports.
/// </summary>
public sealed class ChangedSinceReverseIndexTests
{
    private const string Committed = "implementations/230125/QR00101001-230125-11230125052399340C.yaml";
    private const string OtherRegion = "implementations/230124/QR00102001-230124-11230124072361358T.yaml";
    private const string Stranger = "91350100M000100Y43";

    public static TheoryData<string> Cases => ["agency", "unknown standard", "duplicate name", "retired standard", "standard edited", "standard deleted", "implementation deleted", "standard name"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_findings_equal_those_of_the_run_without_the_cache(string plant)
    {
        using var git = GitCatalog.OfSample();
        // A whole check first: the cache and its reverse index exist, as on an editor's machine.
        Assert.NotEqual(2, git.Run("check").ExitCode);
        Plant(git, plant);

        var cached = git.Run("check", "--changed-since", "HEAD", "--format", "json");
        var plain = git.Run("check", "--changed-since", "HEAD", "--format", "json", "--no-cache");

        Assert.Equal(plain.ExitCode, cached.ExitCode);
        Assert.NotEmpty(CheckJson.Diagnostics(plain.Out));
        Assert.Equal(CheckJson.Diagnostics(plain.Out).Order(), CheckJson.Diagnostics(cached.Out).Order());
        Assert.Equal(plain.Error, cached.Error);
    }

    private static void Plant(GitCatalog git, string plant)
    {
        var files = git.Files;
        switch (plant)
        {
            case "agency":
                ReplaceLine(files, Committed, "agency: ", $"agency: {Stranger}");
                break;
            case "unknown standard":
                ReplaceLine(files, Committed, "standard: ", "standard: QR09999001");
                break;
            case "duplicate name":
                // A second file declaring the same code in another region's folder.
                files.Write("implementations/230124/QR00101001-230125-11230125052399340C.yaml", files.Read(Committed));
                break;
            case "retired standard":
                files.Replace("standards/QR00101001.yaml", "status: 在用", "status: 已停用");
                ReplaceLine(files, Committed, "hours: ", "hours: 工作日（调整）");
                break;
            case "standard edited":
                ReplaceLine(files, OtherRegion, "agency: ", $"agency: {Stranger}");
                var standard = files.Read("standards/QR00102001.yaml");
                files.Write("standards/QR00102001.yaml", standard.Insert(standard.IndexOf("\nname: ", StringComparison.Ordinal) + 7, "改名的"));
                break;
            case "standard deleted":
                files.Delete("standards/QR00101001.yaml");
                break;
            case "implementation deleted":
                // Another file of the same name stays: the deletion must not be read, its namesake still checked.
                var namesake = "implementations/230124/QR00101001-230125-11230125052399340C.yaml";
                files.Write(namesake, files.Read(Committed));
                ReplaceLine(files, namesake, "agency: ", $"agency: {Stranger}");
                files.Delete(Committed);
                break;
            default:
                // The implementation calls its standard by another name (CAT0032).
                files.Write(Committed, files.Read(Committed).Replace("status: ", "name: 另一个名字\nstatus: ", StringComparison.Ordinal));
                break;
        }
    }

    private static void ReplaceLine(TempCatalog files, string path, string start, string line)
    {
        var old = files.Read(path).Split('\n').First(l => l.StartsWith(start, StringComparison.Ordinal));
        files.Replace(path, old + "\n", line + "\n");
    }
}

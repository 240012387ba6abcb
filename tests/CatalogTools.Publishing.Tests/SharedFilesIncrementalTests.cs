using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// The shared files an incremental publish now keeps or patches instead of making them all (region pages, the listing
/// pages of the ways in, the search index, the sitemap): after each kind of edit the updated bundle is byte for byte
/// what a whole update (--no-cache) writes, in every channel. (A theme is changed in registries/themes.yaml, which makes
/// the update a whole one; an item changes theme otherwise only by being added or removed.)
/// </summary>
public sealed class SharedFilesIncrementalTests
{
    private const string Incremental = "增量更新";
    private const string Hours = "implementations/230125/GG00101001-230125-11230125010320163G.yaml";

    public static TheoryData<string> Edits => ["moved to another region", "renamed standard", "deleted", "added", "theme change", "hours only"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_update_after_the_edit_writes_what_a_whole_update_writes(string edit)
    {
        using var repo = GitCatalog.CreateSample();
        var fast = repo.Out("out-fast");
        Assert.Equal(0, repo.Publish(fast).ExitCode);
        var whole = repo.Out("out-whole");
        TempCatalog.CopyDirectory(fast, whole);

        Apply(repo.Temp, edit);
        repo.Commit(edit, GitCatalog.FirstCommit.AddDays(1));

        var update = repo.Publish(fast, "--since", fast);
        Assert.True(update.ExitCode == 0, update.Error);
        if (edit == "theme change") Assert.DoesNotContain(Incremental, update.Out);
        else Assert.Contains(Incremental, update.Out);
        var reference = repo.Publish(whole, "--since", whole, "--no-cache");
        Assert.True(reference.ExitCode == 0, reference.Error);
        Assert.DoesNotContain(Incremental, reference.Out);

        PublishedFiles.AssertSameChannels(whole, fast, $"{edit}: ");
        Assert.Equal(0, CliRun.Run("verify-bundle", fast, "--key", repo.PublicKey).ExitCode);
    }

    private static void Apply(TempCatalog temp, string edit)
    {
        switch (edit)
        {
            case "moved to another region":
                // 宾县 → 依兰县 (another agency there): the item leaves one county's pages and enters another's.
                temp.Write("implementations/230126/GG00101001-230126-11230126097215760D.yaml", temp.Read(Hours)
                    .Replace("GG00101001-230125-11230125010320163G", "GG00101001-230126-11230126097215760D", StringComparison.Ordinal)
                    .Replace("region: \"230125\"", "region: \"230126\"", StringComparison.Ordinal)
                    .Replace("agency: 11230125010320163G", "agency: 11230126097215760D", StringComparison.Ordinal));
                temp.Delete(Hours);
                break;
            case "renamed standard":
                // Every implementation's name changes: other search tokens and chunks, the same places in every list.
                temp.Replace("standards/QR00101001.yaml", "name: 居民身份证换领", "name: 居民身份证换领补领");
                break;
            case "deleted":
                temp.Delete("implementations/230125/CJ00101001-230125-112301250745715780.yaml");
                break;
            case "added":
                temp.Write("implementations/230125/GG00101001-230125-11230125029522099X.yaml", temp.Read(Hours)
                    .Replace("GG00101001-230125-11230125010320163G", "GG00101001-230125-11230125029522099X", StringComparison.Ordinal)
                    .Replace("agency: 11230125010320163G", "agency: 11230125029522099X", StringComparison.Ordinal));
                break;
            case "theme change":
                // A theme is a registry (themes.yaml): 居民身份证换领 joins 婚姻家庭. A registry edit is a whole update, which
                // must still equal the reference.
                temp.Replace("registries/themes.yaml", "    standards:\n      - QR00201001\n", "    standards:\n      - QR00201001\n      - QR00101001\n");
                break;
            default:
                temp.Replace(Hours, "hours: 工作日 8:30-11:30，13:00-16:30（法定节假日除外）", "hours: 工作日 9:00-17:00");
                break;
        }
    }

}

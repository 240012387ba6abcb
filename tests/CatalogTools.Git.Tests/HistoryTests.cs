namespace CatalogTools.Git.Tests;

public sealed class HistoryTests
{
    private const string Standard = "standards/QR00101001.yaml";
    private const string Retiring = "implementations/230124/QR00102001-230124-11230124072361358T.yaml";

    [Fact]
    public void History_lists_each_commit_that_changed_the_item_with_author_and_elements()
    {
        using var git = GitCatalog.OfSample();
        git.Files.Replace(Standard, "statutoryLimit:\n  days: 60\n", "statutoryLimit:\n  days: 30\n");
        git.Commit("压缩法定时限", "李四", "lisi@example.gov.cn");
        git.Files.Replace("registries/laws.yaml", "laws:\n", "laws:\n");
        git.Files.Replace(Standard, "  - 可选择邮政寄递方式领取新证\n", "");
        git.Commit("删除注意事项", "王五", "wangwu@example.gov.cn");
        git.Files.Replace(Retiring, "status: 在用\n", "status: 在用\n");
        git.Commit("无关的提交", "赵六", "zhaoliu@example.gov.cn");
        git.Files.Replace(Standard, "  - 领取新证时须交回原证\n", "  - 领取新证时须交回原证（遗失的除外）\n");

        var result = git.Run("history", "QR00101001");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Contains("事项 QR00101001 的变更记录（4 次，按时间先后）", lines[0]);
        var heads = lines.Where(l => l.Length > 0 && !l.StartsWith(' ') && !l.StartsWith("事项")).ToList();
        Assert.Equal(4, heads.Count);
        Assert.Contains("张三 <zhangsan@example.gov.cn> 【新建】 standards/QR00101001.yaml", heads[0]);
        Assert.Contains("李四 <lisi@example.gov.cn> 【修改】", heads[1]);
        Assert.Contains("2026-11-01 10:00 +08:00", heads[1]);
        Assert.Contains("王五", heads[2]);
        Assert.StartsWith("（未提交）", heads[3]);
        Assert.Contains("  - 法定办结时限：60 个工作日 → 30 个工作日", lines);
        Assert.Contains("  - 注意事项：删除『可选择邮政寄递方式领取新证』", lines);
        Assert.Contains("  - 注意事项：增加『领取新证时须交回原证（遗失的除外）』", lines);
        Assert.DoesNotContain("赵六", result.Out);
    }

    [Fact]
    public void History_follows_an_item_through_retirement_and_deletion()
    {
        using var git = GitCatalog.OfSample();
        git.Files.Replace(Retiring, "status: 在用\n", "status: 已停用\nretiredOn: 2026-11-30\n");
        git.Commit("停用");
        git.Files.Delete(Retiring);
        git.Commit("删除已停用事项的文件");
        var result = git.Run("history", "QR00102001-230124-11230124072361358T", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(result.Out);
        var kinds = doc.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["created", "retired", "deleted"], kinds);

        var unknown = git.Run("history", "XX99999999");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("找不到事项 XX99999999", unknown.Error);
    }

    [Fact]
    public void History_follows_a_bundle_file()
    {
        using var git = GitCatalog.OfSample();
        const string bundle = "service-bundles/YJS230123001.yaml";
        git.Files.Replace(bundle, "visits: 0\n", "visits: 1\n");
        git.Commit("一件事：到现场一次", "李四", "lisi@example.gov.cn");
        git.Files.Replace(bundle, "status: 在用\n", "status: 已停用\n");
        git.Commit("停用一件事");

        var result = git.Run("history", "YJS230123001", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(result.Out);
        var changes = doc.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["created", "changed", "retired"], changes.Select(c => c.GetProperty("kind").GetString()));
        Assert.All(changes, c => Assert.Equal(bundle, c.GetProperty("file").GetString()));
        Assert.Equal("到现场次数：0 → 1", changes[1].GetProperty("elements").EnumerateArray().Single().GetProperty("text").GetString());
        Assert.Equal("李四", changes[1].GetProperty("author").GetString());
    }
}

using System.Text.Json;

namespace CatalogTools.Git.Tests;

public sealed class DiffTests
{
    private const string Standard = "standards/QR00101001.yaml";
    private const string Yilan = "implementations/230123/QR00101001-230123-1123012309123934XA.yaml";
    private const string Retiring = "implementations/230124/QR00102001-230124-11230124072361358T.yaml";
    private const string HouseholdBook = "  - name: 居民户口簿\n";

    private static void Edit(GitCatalog git)
    {
        var text = git.Files.Read(Standard);
        var start = text.IndexOf(HouseholdBook, StringComparison.Ordinal);
        var end = text.IndexOf("  - name: ", start + 4, StringComparison.Ordinal);
        git.Files.Write(Standard, text.Remove(start, end - start));
        git.Files.Replace(Yilan, "promisedLimit:\n  days: 15\n", "promisedLimit:\n  days: 5\n");
        git.Files.Replace(Retiring, "status: 在用\n", "status: 已停用\nretiredOn: 2026-11-30\n");
    }

    [Fact]
    public void Diff_against_the_work_tree_names_each_element_change_and_the_impact()
    {
        using var git = GitCatalog.OfSample();
        Edit(git);
        var result = git.Run("diff", "HEAD", "--format", "md");
        Assert.Equal(0, result.ExitCode);
        var md = result.Out;
        Assert.Contains("申请材料：删除『居民户口簿』", md);
        Assert.Contains("承诺办结时限：15 个工作日 → 5 个工作日", md);
        Assert.Contains("【停用】 实施清单 `QR00102001-230124-11230124072361358T`", md);
        Assert.Contains("状态：在用 → 已停用", md);
        Assert.Contains("申请材料：增加 0，删除 1", md);
        Assert.Contains("15 → 5 天（-10）", md);
        // The standard's edit reaches its six implementations; the retired one adds itself.
        Assert.Contains("实施清单 7 项", md);
        Assert.Contains("web/items/QR00101001-230126-11230126097215760D.html", md);
        Assert.Contains("依兰县（230123）", md);
        Assert.StartsWith("## 目录变更：HEAD", md);
    }

    [Fact]
    public void Diff_between_two_commits_as_json_and_in_english()
    {
        using var git = GitCatalog.OfSample();
        var first = git.Repo.Head.Tip;
        Edit(git);
        var second = git.Commit("居民身份证：精简材料，压缩时限");
        git.Files.Replace(Yilan, "promisedLimit:\n  days: 5\n", "promisedLimit:\n  days: 1\n");

        var json = git.Run("diff", first.Sha, second.Sha, "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Out);
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["QR00101001", "QR00101001-230123-1123012309123934XA", "QR00102001-230124-11230124072361358T"], items.Select(i => i.GetProperty("code").GetString()));
        var yilan = items[1].GetProperty("changes").EnumerateArray().Single();
        Assert.Equal(("promisedLimit", "15 个工作日", "5 个工作日"), (yilan.GetProperty("element").GetString(), yilan.GetProperty("from").GetString(), yilan.GetProperty("to").GetString()));
        Assert.Equal("retired", items[2].GetProperty("kind").GetString());

        var english = git.Run("diff", first.Sha, second.Sha, "--lang", "en");
        Assert.Contains("materials: removed '居民户口簿'", english.Out);
    }

    [Fact]
    public void Catalog_text_never_becomes_markup_in_the_comment()
    {
        using var git = GitCatalog.OfSample();
        git.Files.Replace(Standard, "  - 领取新证时须交回原证\n", "  - \"<script>alert(1)</script> | **注意** [链接](http://x)\"\n");
        var md = git.Run("diff", "HEAD", "--format", "md").Out;
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*注意\\*\\* \\[链接\\](http://x)", md);
        Assert.DoesNotContain("<script>", md);
    }

    [Fact]
    public void Diff_added_and_removed_items_and_bad_revisions()
    {
        using var git = GitCatalog.OfSample();
        var copy = git.Files.Read(Yilan).Replace("code: QR00101001-230123-1123012309123934XA", "code: QR00101001-230123-1123012309123934XA-01");
        git.Files.Write("implementations/230123/QR00101001-230123-1123012309123934XA-01.yaml", copy);
        git.Files.Delete(Retiring);
        var text = git.Run("diff", "HEAD").Out;
        Assert.Contains("【新增】 实施清单 QR00101001-230123-1123012309123934XA-01", text);
        Assert.Contains("【删除】 实施清单 QR00102001-230124-11230124072361358T", text);
        Assert.Contains("事项：新增 1，删除 1，停用 0，修改 0", text);

        var missing = git.Run("diff", "v9.9");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("找不到版本『v9.9』", missing.Error);
        Assert.Equal(2, git.Run("diff", "HEAD", "--format", "html").ExitCode);
    }

    private const string RetiringStandard = "standards/QR00102001.yaml";
    private const string Bundle = "service-bundles/YJS230123001.yaml";
    private const string SecondMember = "  - GG00501001-230123-11230123004381285X\n";

    [Fact]
    public void Diff_shows_a_standards_retirement_as_its_own_change()
    {
        using var git = GitCatalog.OfSample();
        git.Files.Replace(RetiringStandard, "status: 在用\n", "status: 已停用\nretiredOn: 2026-11-30\n");

        var text = git.Run("diff", "HEAD").Out;
        Assert.Contains("【停用】 标准事项 QR00102001 出生登记", text);
        Assert.Contains("状态：在用 → 已停用", text);
        Assert.Contains("事项：新增 0，删除 0，停用 1，修改 0", text);

        using var doc = JsonDocument.Parse(git.Run("diff", "HEAD", "--format", "json").Out);
        var item = doc.RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("QR00102001", "standard", "retired"), (item.GetProperty("code").GetString(), item.GetProperty("layer").GetString(), item.GetProperty("kind").GetString()));
        // Every implementation of the retired standard is affected.
        Assert.Contains("QR00102001-230124-11230124072361358T", doc.RootElement.GetProperty("impact").GetProperty("implementations").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Diff_shows_a_bundle_changed_added_and_removed_as_its_own_change()
    {
        using var git = GitCatalog.OfSample();
        git.Files.Replace(Bundle, SecondMember, "");
        git.Files.Replace(Bundle, "visits: 0\n", "visits: 1\n");

        var text = git.Run("diff", "HEAD").Out;
        Assert.Contains("【修改】 一件事 YJS230123001 新生儿出生“一件事”", text);
        Assert.Contains("成员事项：删除『GG00501001-230123-11230123004381285X』", text);
        Assert.Contains("到现场次数：0 → 1", text);
        Assert.Contains("web/bundles/YJS230123001.html", text);

        using (var doc = JsonDocument.Parse(git.Run("diff", "HEAD", "--format", "json").Out))
        {
            var item = doc.RootElement.GetProperty("items").EnumerateArray().Single();
            Assert.Equal(("YJS230123001", "bundle", "modified"), (item.GetProperty("code").GetString(), item.GetProperty("layer").GetString(), item.GetProperty("kind").GetString()));
            Assert.Equal(["members", "visits"], item.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("element").GetString()));
        }

        git.Commit("调整一件事");
        var copy = git.Files.Read(Bundle).Replace("code: YJS230123001", "code: YJS230123002");
        git.Files.Write("service-bundles/YJS230123002.yaml", copy);
        git.Files.Delete(Bundle);
        var english = git.Run("diff", "HEAD", "--lang", "en").Out;
        Assert.Contains("[added] bundle YJS230123002", english);
        Assert.Contains("[removed] bundle YJS230123001", english);
        Assert.Contains("items: 1 added, 1 removed, 0 retired, 0 changed", english);

        git.Commit("换编码");
        git.Files.Replace("service-bundles/YJS230123002.yaml", "status: 在用\n", "status: 已停用\n");
        Assert.Contains("【停用】 一件事 YJS230123002", git.Run("diff", "HEAD").Out);
    }
}

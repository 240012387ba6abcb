using CatalogTools.Core.Diagnostics;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

public sealed class LockTests
{
    private const string Standard = "standards/QR00101001.yaml";
    private const string Implementation = "implementations/230123/QR00101001-230123-1123012309123934XA.yaml";
    private static readonly FixedClock Later = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8)));

    private static string[] LockLine(string lockPath, string code) =>
        File.ReadAllLines(lockPath).Single(l => l.StartsWith(code + "\t", StringComparison.Ordinal)).Split('\t');

    [Fact]
    public void Lock_is_written_then_stale_after_an_edit_then_fresh_with_the_version_raised()
    {
        using var git = GitCatalog.OfSample();
        var written = git.Run("lock");
        Assert.Equal(0, written.ExitCode);
        var lines = File.ReadAllLines(git.LockPath);
        Assert.StartsWith("# catalog.lock", lines[0]);
        var data = lines.Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(276, data.Count); // 275 items and one 一件事
        Assert.Equal(data.OrderBy(l => l.Split('\t')[0], StringComparer.Ordinal), data);
        Assert.Equal(["1", "2026-11-22", "active"], LockLine(git.LockPath, "QR00101001")[2..]);
        Assert.Equal(0, git.Run("lock", "--check").ExitCode);

        git.Files.Replace(Standard, "  - name: 居民户口簿\n", "  - name: 居民户口簿（首页及本人页）\n");
        var stale = git.Run("lock", "--check", "--format", "github");
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains(RuleIds.LockStale, stale.Out);
        Assert.Contains("QR00101001", stale.Out);
        Assert.Contains($"file=catalog/{Standard},line=2,col=1", stale.Out);
        Assert.Single(stale.Out.Split('\n'), l => l.Contains(RuleIds.LockStale));

        Assert.Equal(0, git.RunAt(Later, "lock").ExitCode);
        Assert.Equal(["2", "2026-12-03", "active"], LockLine(git.LockPath, "QR00101001")[2..]);
        Assert.Equal(["1", "2026-11-22", "active"], LockLine(git.LockPath, "QR00101001-230123-1123012309123934XA")[2..]);
        Assert.Equal(0, git.Run("lock", "--check").ExitCode);
    }

    [Fact]
    public void A_bundle_is_locked_and_an_edited_bundle_is_stale()
    {
        const string bundle = "service-bundles/YJS230123001.yaml";
        using var git = GitCatalog.OfSample();
        Assert.Equal(0, git.Run("lock").ExitCode);
        Assert.Equal(["1", "2026-11-22", "active"], LockLine(git.LockPath, "YJS230123001")[2..]);

        git.Files.Replace(bundle, "visits: 0\n", "visits: 1\n");
        var stale = git.Run("lock", "--check", "--format", "github");
        Assert.Equal(1, stale.ExitCode);
        Assert.Single(stale.Out.Split('\n'), l => l.Contains(RuleIds.LockStale));
        Assert.Contains($"file=catalog/{bundle},line=2,col=1", stale.Out);
        Assert.Contains("YJS230123001", stale.Out);

        git.Files.Replace(bundle, "status: 在用\n", "status: 已停用\n");
        Assert.Equal(0, git.RunAt(Later, "lock").ExitCode);
        Assert.Equal(["2", "2026-12-03", "retired"], LockLine(git.LockPath, "YJS230123001")[2..]);
        Assert.Equal(0, git.Run("lock", "--check").ExitCode);
    }

    [Fact]
    public void Formatting_and_comment_edits_do_not_raise_the_version()
    {
        using var git = GitCatalog.OfSample();
        git.Run("lock");
        var before = File.ReadAllText(git.LockPath);
        git.Files.Replace(Implementation, "status: 在用\n", "# 由县政务服务中心维护\nstatus:   在用\n");
        git.Files.Replace(Implementation, "region: \"230123\"\n", "region: '230123'\n");
        Assert.Equal(0, git.Run("lock", "--check").ExitCode);
        git.RunAt(Later, "lock");
        Assert.Equal(before, File.ReadAllText(git.LockPath));
    }

    [Fact]
    public void A_retired_code_used_again_fails_and_stays_retired_in_the_lock()
    {
        using var git = GitCatalog.OfSample();
        git.Run("lock");
        git.Files.Replace(Implementation, "status: 在用\n", "status: 已停用\nretiredOn: 2026-11-30\n");
        Assert.Equal(0, git.RunAt(Later, "lock").ExitCode);
        Assert.Equal(["2", "2026-12-03", "retired"], LockLine(git.LockPath, "QR00101001-230123-1123012309123934XA")[2..]);

        git.Files.Replace(Implementation, "status: 已停用\nretiredOn: 2026-11-30\n", "status: 在用\n");
        var check = git.Run("lock", "--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(RuleIds.RetiredCodeReused, check.Out);
        Assert.Contains("QR00101001-230123-1123012309123934XA", check.Out);

        var relock = git.RunAt(Later, "lock");
        Assert.Equal(1, relock.ExitCode);
        Assert.Contains(RuleIds.RetiredCodeReused, relock.Out);
        Assert.Equal("retired", LockLine(git.LockPath, "QR00101001-230123-1123012309123934XA")[4]);
    }

    [Theory]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-16")]
    public void A_lock_an_editor_saved_with_a_byte_order_mark_reads_as_the_same_lock(string encoding)
    {
        using var git = GitCatalog.OfSample();
        Assert.Equal(0, git.Run("lock").ExitCode);
        var text = File.ReadAllText(git.LockPath);
        File.WriteAllText(git.LockPath, text, encoding == "utf-16" ? System.Text.Encoding.Unicode : new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(0, git.Run("lock", "--check").ExitCode);

        git.Files.Replace(Standard, "  - name: 居民户口簿\n", "  - name: 居民户口簿（首页及本人页）\n");
        var stale = git.Run("lock", "--check", "--format", "github");
        Assert.Equal(1, stale.ExitCode);
        Assert.Single(stale.Out.Split('\n'), l => l.Contains(RuleIds.LockStale));
        Assert.DoesNotContain(RuleIds.LockMalformed, stale.Out);
    }

    [Fact]
    public void A_file_deleted_without_retirement_fails_but_a_retired_one_may_go()
    {
        using var git = GitCatalog.OfSample();
        git.Run("lock");
        git.Files.Delete(Implementation);
        var check = git.Run("lock", "--check", "--format", "github");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(RuleIds.CodeRemovedWithoutRetirement, check.Out);
        Assert.Contains("file=catalog.lock,line=", check.Out);
        Assert.Equal(1, git.Run("lock").ExitCode);
        Assert.Equal("active", LockLine(git.LockPath, "QR00101001-230123-1123012309123934XA")[4]);

        File.WriteAllBytes(git.Files.PathOf(Implementation), git.Repo.Head.Tip[$"catalog/{Implementation}"].Target.Peel<LibGit2Sharp.Blob>().GetContentStream().ReadAllBytes());
        git.Files.Replace(Implementation, "status: 在用\n", "status: 已停用\nretiredOn: 2026-11-30\n");
        git.Run("lock");
        git.Files.Delete(Implementation);
        Assert.Equal(0, git.Run("lock", "--check").ExitCode);
        Assert.Equal(0, git.Run("lock").ExitCode);
        Assert.Equal("retired", LockLine(git.LockPath, "QR00101001-230123-1123012309123934XA")[4]);
    }

    [Fact]
    public void Against_a_base_revision_a_lowered_version_a_dropped_code_and_an_unraised_hash_are_found()
    {
        using var git = GitCatalog.OfSample();
        git.Run("lock");
        git.Files.Replace(Standard, "  - name: 居民户口簿\n", "  - name: 居民户口簿（首页及本人页）\n");
        git.RunAt(Later, "lock");
        git.Commit("居民身份证换领：材料名称规范");
        Assert.Equal(0, git.Run("lock", "--check", "--base", "HEAD").ExitCode);

        var text = File.ReadAllText(git.LockPath);
        var line = string.Join('\t', LockLine(git.LockPath, "QR00101001"));
        var implementationLine = string.Join('\t', LockLine(git.LockPath, "QR00101001-230124-11230124072361358T"));
        text = text.Replace(line, line.Replace("\t2\t2026-12-03\t", "\t1\t2026-12-03\t")).Replace(implementationLine + "\n", "");
        File.WriteAllText(git.LockPath, text);
        var check = git.Run("lock", "--check", "--base", "HEAD", "--format", "json");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(RuleIds.LockVersionBackwards, check.Out);
        Assert.Contains(RuleIds.LockEntryRemoved, check.Out);

        var hashEdited = File.ReadAllText(git.LockPath).Replace(line.Replace("\t2\t2026-12-03\t", "\t1\t2026-12-03\t"), line.Replace(line.Split('\t')[1], new string('a', 64)));
        File.WriteAllText(git.LockPath, hashEdited);
        var edited = git.Run("lock", "--check", "--base", "HEAD");
        Assert.Contains(RuleIds.LockVersionNotRaised, edited.Out);
    }

    [Fact]
    public void A_missing_or_broken_lock_is_a_diagnostic_and_a_missing_base_revision_cannot_run()
    {
        using var git = GitCatalog.OfSample();
        var missing = git.Run("lock", "--check");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains(RuleIds.LockMissing, missing.Out);

        git.Run("lock");
        File.AppendAllText(git.LockPath, "XK00101001\tnot-a-hash\t1\t2026-11-22\tactive\n");
        var broken = git.Run("lock", "--check");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains(RuleIds.LockMalformed, broken.Out);
        Assert.Equal(1, git.Run("lock").ExitCode);

        var noRev = git.Run("lock", "--check", "--base", "no-such-branch");
        Assert.Equal(2, noRev.ExitCode);
        Assert.Contains("找不到版本『no-such-branch』", noRev.Error);
    }

    [Fact]
    public void The_lock_works_outside_git_but_base_needs_a_repository()
    {
        using var files = TempCatalog.CopyOfSample();
        Assert.Equal(0, CliRun.Run("lock", "--catalog", files.CatalogDir).ExitCode);
        Assert.True(File.Exists(Path.Combine(files.Root, "catalog.lock")));
        Assert.Equal(0, CliRun.Run("lock", "--check", "--catalog", files.CatalogDir).ExitCode);
        var based = CliRun.Run("lock", "--check", "--base", "HEAD", "--catalog", files.CatalogDir);
        Assert.Equal(2, based.ExitCode);
        Assert.Contains("不在 git 仓库中", based.Error);
    }

    [Fact]
    public void The_committed_sample_lock_is_fresh()
    {
        var check = CliRun.Run("lock", "--check", "--catalog", RepoPaths.SampleCatalog);
        Assert.True(check.ExitCode == 0, check.Out + check.Error);
    }

    [Fact]
    public void The_check_summary_counts_the_item_files_and_lock_codes_it_compared_and_no_registry_entries()
    {
        using var git = GitCatalog.OfSample();
        git.Run("lock");
        var standards = Directory.GetFiles(Path.Combine(git.CatalogDir, "standards"), "*.yaml").Length;
        var implementations = Directory.GetFiles(Path.Combine(git.CatalogDir, "implementations"), "*.yaml", SearchOption.AllDirectories).Length;
        var bundles = Directory.GetFiles(Path.Combine(git.CatalogDir, "service-bundles"), "*.yaml").Length;
        var codes = File.ReadAllLines(git.LockPath).Count(l => !l.StartsWith('#'));
        var files = standards + implementations + bundles;

        var zh = git.Run("lock", "--check");
        Assert.Equal(0, zh.ExitCode);
        Assert.Contains($"核对了 {files} 个事项文件（标准事项 {standards} 项，实施清单 {implementations} 项，一件事 {bundles} 项）与 catalog.lock 中的 {codes} 个编码：错误 0 个", zh.Out);
        Assert.DoesNotContain("登记条目", zh.Out);

        var en = git.Run("lock", "--check", "--lang", "en");
        Assert.Contains($"Checked {files} item files ({standards} standard items, {implementations} implementations, {bundles} bundles) against {codes} codes in catalog.lock: 0 errors", en.Out);
        Assert.DoesNotContain("registry", en.Out);

        using var json = System.Text.Json.JsonDocument.Parse(git.Run("lock", "--check", "--format", "json").Out);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal("lock", summary.GetProperty("scope").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, summary.GetProperty("registryEntries").ValueKind);
        Assert.Equal(files, summary.GetProperty("files").GetInt32());
    }
}

internal static class StreamExtensions
{
    public static byte[] ReadAllBytes(this Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

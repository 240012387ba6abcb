using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Git.Tests;

/// <summary>
/// policy.yaml's severities reach the lock rules (CAT0100–CAT0149) as they reach check's rules;
/// a `# catalog-disable` comment does not (it is itself reported, pointing at policy.yaml).
/// </summary>
public sealed class LockPolicyTests
{
    private const string Standard = "standards/QR00101001.yaml";

    [Fact]
    public void A_lock_rule_set_to_warning_does_not_fail_and_off_is_not_reported()
    {
        using var git = GitCatalog.OfSample();
        Assert.Equal(0, git.Run("lock").ExitCode);
        git.Files.Replace(Standard, "  - name: 居民户口簿\n", "  - name: 居民户口簿（首页及本人页）\n");

        var strict = git.Run("lock", "--check");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains($"错误 {RuleIds.LockStale}", strict.Out);

        git.Files.Replace("policy.yaml", "severity: {}\n", $"severity:\n  {RuleIds.LockStale}: warning\n");
        var warned = git.Run("lock", "--check");
        Assert.True(warned.ExitCode == 0, warned.Out + warned.Error);
        Assert.Contains($"警告 {RuleIds.LockStale} [QR00101001]", warned.Out);
        Assert.Contains("错误 0 个，警告 1 个", warned.Out);

        git.Files.Replace("policy.yaml", $"  {RuleIds.LockStale}: warning\n", $"  {RuleIds.LockStale}: off\n");
        var off = git.Run("lock", "--check", "--format", "json");
        Assert.True(off.ExitCode == 0, off.Out + off.Error);
        Assert.DoesNotContain(RuleIds.LockStale, off.Out);
    }

    [Fact]
    public void Writing_the_lock_over_a_reused_retired_code_follows_the_policy_too()
    {
        const string Implementation = "implementations/230123/QR00101001-230123-1123012309123934XA.yaml";
        using var git = GitCatalog.OfSample();
        git.Run("lock");
        git.Files.Replace(Implementation, "status: 在用\n", "status: 已停用\nretiredOn: 2026-11-30\n");
        Assert.Equal(0, git.Run("lock").ExitCode);
        git.Files.Replace(Implementation, "status: 已停用\nretiredOn: 2026-11-30\n", "status: 在用\n");
        Assert.Equal(1, git.Run("lock").ExitCode);

        git.Files.Replace("policy.yaml", "severity: {}\n", $"severity:\n  {RuleIds.RetiredCodeReused}: warning\n");
        var warned = git.Run("lock");
        Assert.True(warned.ExitCode == 0, warned.Out + warned.Error);
        Assert.Contains($"警告 {RuleIds.RetiredCodeReused}", warned.Out);
    }

    [Fact]
    public void A_catalog_disable_comment_for_a_lock_rule_suppresses_nothing_and_says_to_use_policy()
    {
        using var git = GitCatalog.OfSample();
        git.Run("lock");
        git.Files.Replace(Standard, "  - name: 居民户口簿\n", "  - name: 居民户口簿（首页及本人页）\n");
        git.Files.Replace(Standard, "code: QR00101001\n", $"# catalog-disable {RuleIds.LockStale} until 2099-12-31: 试点期间暂不更新锁文件\ncode: QR00101001\n");

        var locked = git.Run("lock", "--check");
        Assert.Equal(1, locked.ExitCode);
        Assert.Contains($"错误 {RuleIds.LockStale}", locked.Out);

        var check = git.Run("check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{Standard}", check.Out);
        Assert.Contains($"错误 {RuleIds.InvalidSuppression}", check.Out);
        Assert.Contains($"{RuleIds.LockStale} 不是 check 的规则", check.Out);
        Assert.Contains("policy.yaml", check.Out);
    }
}

using System.Diagnostics;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Tests.Shared;
using LibGit2Sharp;

namespace CatalogTools.Git.Tests;

public sealed class ChangedCheckTests
{
    // A valid credit code that is in no registry: CAT0008 on the implementation that names it.
    private const string Stranger = "91350100M000100Y43";
    private const string Old = "implementations/230123/QR00101001-230123-1123012309123934XA.yaml";
    private const string Committed = "implementations/230125/QR00101001-230125-11230125052399340C.yaml";
    private const string Dirty = "implementations/230126/QR00101001-230126-11230126097215760D.yaml";
    private const string OtherStandard = "implementations/230124/QR00102001-230124-11230124072361358T.yaml";
    private const string Untracked = "implementations/230126/QR99999001-230126-11230126097215760D.yaml";

    private static void UseStranger(GitCatalog git, string file)
    {
        var text = git.Files.Read(file);
        var agency = text.Split('\n').Single(l => l.StartsWith("agency: ", StringComparison.Ordinal));
        git.Files.Replace(file, agency + "\n", $"agency: {Stranger}\n");
    }

    [Fact]
    public void Changed_only_reports_exactly_the_changed_files_committed_dirty_and_untracked()
    {
        using var git = GitCatalog.OfSample();
        UseStranger(git, Old);
        var baseCommit = git.Commit("一个早已存在的问题");
        UseStranger(git, Committed);
        git.Commit("提交的修改");
        UseStranger(git, Dirty);
        git.Files.Write(Untracked, git.Files.Read(Dirty));

        var full = git.Run("check", "--format", "json");
        Assert.Contains(Old, CheckJson.Files(full.Out));

        var changed = git.Run("check", "--changed-since", baseCommit.Sha, "--format", "json");
        Assert.Equal(1, changed.ExitCode);
        Assert.Equal(new SortedSet<string>([Committed, Dirty, Untracked], StringComparer.Ordinal), CheckJson.Files(changed.Out));
        Assert.Contains((RuleIds.UnknownAgency, Committed, "QR00101001-230125-11230125052399340C"), CheckJson.Diagnostics(changed.Out));
        Assert.Contains(CheckJson.Diagnostics(changed.Out), d => d.Rule == RuleIds.FileNameMismatch && d.File == Untracked);
        Assert.Contains("改变了 3 个文件", changed.Error);

        // Against the branch itself, only the work tree counts.
        var sinceHead = git.Run("check", "--changed-since", "HEAD", "--format", "json");
        Assert.Equal(new SortedSet<string>([Dirty, Untracked], StringComparer.Ordinal), CheckJson.Files(sinceHead.Out));
    }

    [Fact]
    public void A_deleted_standard_reaches_every_implementation_of_it()
    {
        using var git = GitCatalog.OfSample();
        UseStranger(git, OtherStandard);
        git.Commit("早已存在的问题");
        git.Files.Delete("standards/QR00101001.yaml");

        var changed = git.Run("check", "--changed-since", "HEAD", "--format", "json");
        var diagnostics = CheckJson.Diagnostics(changed.Out);
        var implementations = Directory.EnumerateFiles(git.CatalogDir, "QR00101001-*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(git.CatalogDir, f).Replace('\\', '/')).ToHashSet();
        Assert.Equal(6, implementations.Count);
        Assert.Equal(implementations.Order(), diagnostics.Where(d => d.Rule == RuleIds.UnknownStandard).Select(d => d.File).Order());
        // An unchanged implementation of another standard keeps its old problem to itself.
        Assert.DoesNotContain(diagnostics, d => d.Rule == RuleIds.UnknownAgency);
    }

    [Fact]
    public void A_registry_entry_removed_reaches_the_items_that_refer_to_it_only()
    {
        using var git = GitCatalog.OfSample();
        UseStranger(git, Old);
        git.Commit("早已存在的问题");
        git.Files.Replace("registries/agencies.yaml", "  - code: 11230124072361358T\n    name: 方正县公安局\n    region: \"230124\"\n", "");

        var changed = git.Run("check", "--changed-since", "HEAD", "--format", "json");
        var unknownAgency = CheckJson.Diagnostics(changed.Out).Where(d => d.Rule == RuleIds.UnknownAgency).Select(d => d.File).Order().ToList();
        Assert.Equal(
            ["implementations/230124/QR00101001-230124-11230124072361358T.yaml", "implementations/230124/QR00102001-230124-11230124072361358T.yaml"],
            unknownAgency);
    }

    [Fact]
    public void Missing_revision_not_a_repository_and_no_commits_cannot_run()
    {
        using var git = GitCatalog.OfSample();
        var missing = git.Run("check", "--changed-since", "origin/main");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("找不到版本『origin/main』", missing.Error);

        using var plain = TempCatalog.CopyOfSample();
        var outside = CliRun.Run("check", "--changed-since", "HEAD", "--catalog", plain.CatalogDir);
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("不在 git 仓库中", outside.Error);

        using var empty = GitCatalog.OfSample(commit: false);
        var unborn = empty.Run("check", "--changed-since", "HEAD");
        Assert.Equal(2, unborn.ExitCode);
        Assert.Contains("还没有任何提交", unborn.Error);
    }

    [Fact]
    public void A_detached_head_is_noted_and_checked()
    {
        using var git = GitCatalog.OfSample();
        var first = git.Repo.Head.Tip;
        UseStranger(git, Committed);
        git.Commit("第二次提交");
        Commands.Checkout(git.Repo, git.Repo.Head.Tip, new CheckoutOptions());
        Assert.True(git.Repo.Info.IsHeadDetached);
        var changed = git.Run("check", "--changed-since", first.Sha, "--format", "json");
        Assert.Contains("HEAD 处于分离状态", changed.Error);
        Assert.Equal(new SortedSet<string>([Committed], StringComparer.Ordinal), CheckJson.Files(changed.Out));
    }

    [Fact]
    public void A_shallow_clone_explains_the_missing_base()
    {
        using var git = GitCatalog.OfSample();
        var first = git.Repo.Head.Tip;
        UseStranger(git, Committed);
        git.Commit("第二次提交");
        var clone = Path.Combine(git.Root, "..", Path.GetFileName(git.Root) + "-shallow");
        try
        {
            var process = Process.Start(new ProcessStartInfo("git", ["clone", "-q", "--depth", "1", "file://" + git.Root, clone]) { RedirectStandardError = true })!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            var result = CliRun.Run("check", "--changed-since", first.Sha, "--catalog", Path.Combine(clone, "catalog"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("浅克隆", result.Error);
            Assert.Contains("fetch-depth: 0", result.Error);
            var diff = CliRun.Run("diff", first.Sha, "--catalog", Path.Combine(clone, "catalog"));
            Assert.Equal(2, diff.ExitCode);
            Assert.Contains("浅克隆", diff.Error);
            var history = CliRun.Run("history", "QR00101001-230125-11230125052399340C", "--catalog", Path.Combine(clone, "catalog"));
            Assert.Equal(0, history.ExitCode);
            Assert.Contains("浅克隆", history.Error);
            Assert.Contains("第二次提交", history.Out);
        }
        finally
        {
            if (Directory.Exists(clone)) DeleteTree(clone);
        }
    }

    private static void DeleteTree(string path)
    {
        foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(path, recursive: true);
    }
}

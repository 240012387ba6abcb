using CatalogTools.Core.Loading;
using CatalogTools.Git.Repositories;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests.Repositories.FastPath;

/// <summary>
/// The work tree's changes from git's index (<see cref="IndexStatus"/>) against libgit2's status walk
/// it replaces, on real repositories: the repository is committed by the git program (which writes the
/// cache tree that says nothing is staged), then edited; both must name the same files.
/// </summary>
public sealed class IndexStatusTests
{
    private const string Edited = "implementations/230126/QR00101001-230126-11230126097215760D.yaml";
    private const string ChangedBack = "implementations/230125/QR00101001-230125-11230125052399340C.yaml";
    private const string Untracked = "implementations/230126/QR99999001-230126-11230126097215760D.yaml";
    private const string RenamedFrom = "implementations/230126/GG00101001-230126-11230126099762151P.yaml";
    private const string RenamedTo = "implementations/230126/GG00101001-230126-11230126099762151Q.yaml";
    private const string Deleted = "standards/QR00102001.yaml";
    private const string NewFolderFile = "implementations/239999/QR00101001-239999-11230126097215760D.yaml";
    private const string Ignored = "implementations/230126/scratch-ignored.yaml";
    private const string IgnoredFolderFile = "implementations/scratch/QR00101001-230126-11230126097215760D.yaml";

    /// <summary>The sample catalog committed by git itself, the index refreshed: what a user's clone looks like.</summary>
    private static GitCatalog Committed()
    {
        var git = GitCatalog.OfSample(commit: false);
        File.AppendAllText(Path.Combine(git.Root, ".gitignore"), "catalog/**/scratch-*.yaml\ncatalog/implementations/scratch/\n");
        ProcessRun.MustGit(git.Root, "add", "-A");
        ProcessRun.MustGit(git.Root, "commit", "-q", "-m", "初始目录");
        ProcessRun.MustGit(git.Root, "status", "--porcelain");
        return git;
    }

    private static (List<string>? Fast, List<string> Walk) Both(GitCatalog git)
    {
        using var repository = CatalogRepository.Open(CatalogLocation.Find(git.CatalogDir)!).Value!;
        var fast = IndexStatus.TryChanges(repository)?.Order(StringComparer.Ordinal).ToList();
        var walk = ChangedFiles.StatusWalk(repository).Order(StringComparer.Ordinal).ToList();
        return (fast, walk);
    }

    [Fact]
    public void Edits_untracked_ignored_deleted_renamed_new_folders_and_a_file_changed_back_are_named_as_the_status_walk_names_them()
    {
        using var git = Committed();
        var original = git.Files.Read(ChangedBack);
        git.Files.Replace(Edited, "hours: ", "hours: （未提交）");
        git.Files.Write(Untracked, git.Files.Read(Edited));
        git.Files.Delete(Deleted);
        File.Move(git.Files.PathOf(RenamedFrom), git.Files.PathOf(RenamedTo));
        git.Files.Write(NewFolderFile, original);
        git.Files.Write(Ignored, original);
        git.Files.Write(IgnoredFolderFile, original);
        git.Files.Replace(ChangedBack, "hours: ", "hours: （改了又改回）");
        git.Files.Write(ChangedBack, original);

        var (fast, walk) = Both(git);

        Assert.NotNull(fast);
        Assert.Equal(walk, fast);
        Assert.Equal(new[] { Edited, Untracked, RenamedFrom, RenamedTo, Deleted, NewFolderFile }.Select(p => "catalog/" + p).Order(StringComparer.Ordinal), fast);
    }

    [Fact]
    public void A_clean_work_tree_has_no_changes()
    {
        using var git = Committed();
        var (fast, walk) = Both(git);
        Assert.NotNull(fast);
        Assert.Empty(fast);
        Assert.Empty(walk);
    }

    [Fact]
    public void A_same_length_edit_in_the_instant_the_index_was_written_is_still_seen()
    {
        using var git = Committed();
        // The index is written now; the file is rewritten in the same instant (same length, the index's own
        // modification time): its stat data may still look as recorded, so only its bytes can tell.
        git.Files.Replace(Edited, "hours: ", "hours: （一）");
        ProcessRun.MustGit(git.Root, "add", "-A");
        ProcessRun.MustGit(git.Root, "commit", "-q", "-m", "工作时间");
        ProcessRun.MustGit(git.Root, "status", "--porcelain");
        var indexTime = File.GetLastWriteTimeUtc(Path.Combine(git.Root, ".git", "index"));
        git.Files.Replace(Edited, "（一）", "（二）");
        File.SetLastWriteTimeUtc(git.Files.PathOf(Edited), indexTime);

        var (fast, walk) = Both(git);

        Assert.NotNull(fast);
        Assert.Equal(walk, fast);
        Assert.Equal(["catalog/" + Edited], fast);
    }

    [Fact]
    public void A_file_touched_but_not_changed_is_not_a_change()
    {
        using var git = Committed();
        File.SetLastWriteTimeUtc(git.Files.PathOf(Edited), DateTime.UtcNow.AddMinutes(-5));
        var (fast, walk) = Both(git);
        Assert.NotNull(fast);
        Assert.Empty(fast);
        Assert.Equal(walk, fast);
    }

    [Fact]
    public void Staged_changes_line_endings_and_a_repository_without_a_cache_tree_are_left_to_the_status_walk()
    {
        using (var git = Committed())
        {
            git.Files.Replace(Edited, "hours: ", "hours: （已暂存）");
            ProcessRun.MustGit(git.Root, "add", "catalog/" + Edited);
            var (fast, walk) = Both(git);
            Assert.Null(fast);
            Assert.Equal(["catalog/" + Edited], walk);
        }
        using (var git = Committed())
        {
            File.WriteAllText(Path.Combine(git.Root, ".gitattributes"), "*.yaml text eol=crlf\n");
            Assert.Null(Both(git).Fast);
        }
        using (var git = Committed())
        {
            File.WriteAllText(Path.Combine(git.CatalogDir, "implementations", ".gitattributes"), "*.yaml eol=crlf\n");
            Assert.Null(Both(git).Fast);
        }
        // LibGit2Sharp's commit writes no cache tree: nothing says the index is HEAD's tree.
        using (var git = GitCatalog.OfSample())
        {
            var (fast, walk) = Both(git);
            Assert.Null(fast);
            Assert.Empty(walk);
        }
    }

    [Fact]
    public void Check_changed_since_counts_the_edit_and_the_untracked_file_not_the_ignored_one()
    {
        using var git = Committed();
        git.Files.Replace(Edited, "hours: ", "hours: （未提交）");
        git.Files.Write(Untracked, git.Files.Read(Edited));
        git.Files.Write(Ignored, git.Files.Read(Edited));

        var changed = git.Run("check", "--changed-since", "HEAD", "--format", "json");

        Assert.Contains("改变了 2 个文件", changed.Error);
        Assert.Contains(Untracked, CheckJson.Files(changed.Out));
    }
}

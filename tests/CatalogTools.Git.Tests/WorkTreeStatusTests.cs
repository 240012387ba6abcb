using CatalogTools.Core.Loading;
using CatalogTools.Git.Repositories;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

/// <summary>
/// The work tree's changes as the git program names them (<see cref="WorkTreeStatus"/>) against libgit2's
/// status walk, the fallback without git, on real repositories committed by the git program and then edited
/// as an editor does: both must name the same files, and asking must not write to the repository.
/// </summary>
public sealed class WorkTreeStatusTests
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

    private static (List<string>? Program, List<string> Library) Both(GitCatalog git, IReadOnlyList<string>? folders = null)
    {
        var program = WorkTreeStatus.FromGitProgram(git.Repo, folders ?? ["catalog"])?.Order(StringComparer.Ordinal).ToList();
        var library = WorkTreeStatus.FromLibgit2(git.Repo, folders ?? ["catalog"]).Order(StringComparer.Ordinal).ToList();
        return (program, library);
    }

    private static List<string> InCatalog(params string[] paths) => paths.Select(p => "catalog/" + p).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Edits_untracked_deleted_renamed_and_new_folders_are_named_by_both_and_ignored_or_changed_back_files_by_neither()
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

        var (program, library) = Both(git);

        Assert.Equal(InCatalog(Edited, Untracked, RenamedFrom, RenamedTo, Deleted, NewFolderFile), program);
        Assert.Equal(library, program);
    }

    [Fact]
    public void Staged_changes_and_files_outside_the_folders_asked_about()
    {
        using var git = Committed();
        git.Files.Replace(Edited, "hours: ", "hours: （已暂存）");
        ProcessRun.MustGit(git.Root, "add", "catalog/" + Edited);
        File.WriteAllText(Path.Combine(git.Root, "README.md"), "目录之外的文件\n");

        var (program, library) = Both(git);
        Assert.Equal(InCatalog(Edited), program);
        Assert.Equal(library, program);

        var (whole, wholeLibrary) = Both(git, []);
        Assert.Equal(new[] { "README.md", "catalog/" + Edited }.Order(StringComparer.Ordinal), whole);
        Assert.Equal(wholeLibrary, whole);
    }

    [Fact]
    public void A_clean_work_tree_and_a_file_only_touched_have_no_changes_and_asking_writes_nothing()
    {
        using var git = Committed();
        File.SetLastWriteTimeUtc(git.Files.PathOf(Edited), DateTime.UtcNow.AddMinutes(-5));
        var index = Path.Combine(git.Root, ".git", "index");
        var before = File.ReadAllBytes(index);
        var stampBefore = File.GetLastWriteTimeUtc(index);

        var (program, library) = Both(git);

        Assert.Empty(program!);
        Assert.Empty(library);
        // git status would refresh the touched file's stat data in the index; a check must not write to the repository.
        Assert.Equal(before, File.ReadAllBytes(index));
        Assert.Equal(stampBefore, File.GetLastWriteTimeUtc(index));
        Assert.False(File.Exists(index + ".lock"));
    }

    [Fact]
    public void A_folder_name_is_a_name_not_a_pattern()
    {
        using var git = Committed();
        git.Files.Replace(Edited, "hours: ", "hours: （未提交）");
        // "catalo?" would match catalog/ as a git pattern; taken literally it is a folder that does not exist.
        var (program, library) = Both(git, ["catalo?"]);
        Assert.Empty(program!);
        Assert.Empty(library);
    }

    [Fact]
    public void Without_the_git_program_or_when_it_fails_the_answer_is_left_to_libgit2()
    {
        using var git = Committed();
        git.Files.Replace(Edited, "hours: ", "hours: （未提交）");

        Assert.Null(WorkTreeStatus.FromGitProgram(git.Repo, ["catalog"], program: Path.Combine(git.Root, "no-such-git")));
        Assert.Null(WorkTreeStatus.FromGitProgram(git.Repo, ["catalog"], program: "false"));
        Assert.Equal(InCatalog(Edited), WorkTreeStatus.FromLibgit2(git.Repo, ["catalog"]));
    }

    [Fact]
    public void Paths_with_spaces_and_chinese_names_come_back_whole()
    {
        using var git = Committed();
        const string odd = "implementations/230126/新 事项 \"草稿\".yaml";
        git.Files.Write(odd, "code: 草稿\n");

        var (program, library) = Both(git);

        Assert.Equal(InCatalog(odd), program);
        Assert.Equal(library, program);
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

    [Fact]
    public void Porcelain_output_is_read_entry_by_entry()
    {
        var output = "M  catalog/a.yaml\0 D catalog/b.yaml\0?? catalog/新 c.yaml\0MM catalog/a.yaml\0"u8.ToArray();
        Assert.Equal(["catalog/a.yaml", "catalog/b.yaml", "catalog/新 c.yaml"], WorkTreeStatus.ParsePorcelain(output));
        Assert.Empty(WorkTreeStatus.ParsePorcelain([]));
    }
}

using CatalogTools.Git.Repositories;
using CatalogTools.Tests.Shared;
using LibGit2Sharp;

namespace CatalogTools.Git.Tests;

/// <summary>
/// The files two commits differ in, as the git program names them (<see cref="CommittedChanges"/>) against
/// libgit2's tree diff, the fallback without git: edits, additions, deletions, renames and new folders inside
/// the catalog, and a change outside it that only the whole tree names.
/// </summary>
public sealed class CommittedChangesTests
{
    private const string Edited = "catalog/implementations/230126/QR00101001-230126-11230126097215760D.yaml";
    private const string Added = "catalog/implementations/239999/QR00101001-239999-11230126097215760D.yaml";
    private const string Deleted = "catalog/standards/QR00102001.yaml";
    private const string RenamedFrom = "catalog/implementations/230126/GG00101001-230126-11230126099762151P.yaml";
    private const string RenamedTo = "catalog/implementations/230126/GG00101001-230126-11230126099762151Q.yaml";

    private static (GitCatalog Git, Commit Before, Commit After) TwoCommits()
    {
        var git = GitCatalog.OfSample(commit: false);
        ProcessRun.MustGit(git.Root, "add", "-A");
        ProcessRun.MustGit(git.Root, "commit", "-q", "-m", "初始目录");
        var before = git.Repo.Head.Tip;
        var full = (string path) => Path.Combine(git.Root, path);
        File.WriteAllText(full(Edited), File.ReadAllText(full(Edited)).Replace("hours: ", "hours: （调整）"));
        Directory.CreateDirectory(Path.GetDirectoryName(full(Added))!);
        File.Copy(full(Edited), full(Added));
        File.Delete(full(Deleted));
        File.Move(full(RenamedFrom), full(RenamedTo));
        File.WriteAllText(Path.Combine(git.Root, "README.md"), "目录之外\n");
        ProcessRun.MustGit(git.Root, "add", "-A");
        ProcessRun.MustGit(git.Root, "commit", "-q", "-m", "二十处修改");
        return (git, before, git.Repo.Head.Tip);
    }

    [Fact]
    public void Both_name_every_changed_path_under_the_folder_a_rename_as_both_its_paths()
    {
        var (git, before, after) = TwoCommits();
        using (git)
        {
            var program = CommittedChanges.FromGitProgram(git.Repo, before, after, ["catalog"])!.Order(StringComparer.Ordinal).ToList();
            var library = CommittedChanges.FromLibgit2(git.Repo, before, after, ["catalog"]).Order(StringComparer.Ordinal).ToList();

            Assert.Equal(new[] { Edited, Added, Deleted, RenamedFrom, RenamedTo }.Order(StringComparer.Ordinal), program);
            Assert.Equal(library, program);

            var whole = CommittedChanges.FromGitProgram(git.Repo, before, after, null)!.Order(StringComparer.Ordinal).ToList();
            Assert.Equal(CommittedChanges.FromLibgit2(git.Repo, before, after, null).Order(StringComparer.Ordinal), whole);
            Assert.Contains("README.md", whole);
            Assert.Empty(CommittedChanges.FromGitProgram(git.Repo, after, after, ["catalog"])!);
        }
    }

    [Fact]
    public void Without_the_git_program_the_answer_is_left_to_libgit2()
    {
        var (git, before, after) = TwoCommits();
        using (git)
        {
            Assert.Null(CommittedChanges.FromGitProgram(git.Repo, before, after, ["catalog"], program: Path.Combine(git.Root, "no-such-git")));
            Assert.Null(CommittedChanges.FromGitProgram(git.Repo, before, after, ["catalog"], program: "false"));
            Assert.Equal(5, CommittedChanges.Between(git.Repo, before, after, ["catalog"]).Count);
        }
    }

    [Fact]
    public void Names_are_read_entry_by_entry()
    {
        Assert.Equal(["catalog/a.yaml", "catalog/新 b \"c\".yaml"], CommittedChanges.ParseNames("catalog/a.yaml\0catalog/新 b \"c\".yaml\0"u8));
        Assert.Empty(CommittedChanges.ParseNames([]));
    }
}

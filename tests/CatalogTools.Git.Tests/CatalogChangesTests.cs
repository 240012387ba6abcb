using CatalogTools.Caching;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Sources;
using CatalogTools.Git.Repositories;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

/// <summary>
/// "What changed since X" asked in one place (issue 14 point 1): <c>source.ChangesSince(base)</c>
/// against a commit (work tree or another revision) and against recorded digests, on a real git
/// repository holding the sample catalog.
/// </summary>
public sealed class CatalogChangesTests
{
    private const string Committed = "implementations/230125/QR00101001-230125-11230125052399340C.yaml";
    private const string Edited = "implementations/230126/QR00101001-230126-11230126097215760D.yaml";
    private const string Untracked = "implementations/230126/QR99999001-230126-11230126097215760D.yaml";
    private const string DeletedStandard = "standards/QR00102001.yaml";

    [Fact]
    public void The_work_tree_since_a_commit_names_each_file_with_its_change_kind_code_and_old_bytes()
    {
        using var git = GitCatalog.OfSample();
        var baseSha = git.Repo.Head.Tip.Sha;
        var original = File.ReadAllBytes(git.Files.PathOf(Committed));
        git.Files.Replace(Committed, "hours: ", "hours: （调整）");
        git.Commit("提交的修改");
        git.Files.Replace(Edited, "hours: ", "hours: （未提交）");
        git.Files.Write(Untracked, git.Files.Read(Edited));
        git.Files.Delete(DeletedStandard);

        var location = CatalogLocation.Find(git.CatalogDir)!;
        using var repository = CatalogRepository.Open(location).Value!;
        using var session = SourceSession.Open(location, useCache: false, FixedClock.Default);
        var since = RevisionBase.Resolve(repository, baseSha).Value!;
        var changes = session.ChangesSince(since)!;

        Assert.Equal(
            [
                new ChangedFile(Committed, FileChangeKind.Modified, FileKind.Implementation, "QR00101001-230125-11230125052399340C"),
                new ChangedFile(Edited, FileChangeKind.Modified, FileKind.Implementation, "QR00101001-230126-11230126097215760D"),
                new ChangedFile(Untracked, FileChangeKind.Added, FileKind.Implementation, "QR99999001-230126-11230126097215760D"),
                new ChangedFile(DeletedStandard, FileChangeKind.Removed, FileKind.StandardItem, "QR00102001"),
            ],
            changes.Files);
        Assert.True(changes.WorkTreeDirty);
        Assert.Same(since, changes.Since);
        Assert.Equal(original, changes.ReadBefore(Committed));
        Assert.Null(changes.ReadBefore(Untracked));
        Assert.NotNull(changes.ReadBefore(DeletedStandard));
    }

    [Fact]
    public void A_revision_since_a_commit_is_tree_to_tree_and_ignores_the_work_tree()
    {
        using var git = GitCatalog.OfSample();
        var baseSha = git.Repo.Head.Tip.Sha;
        git.Files.Replace(Committed, "hours: ", "hours: （调整）");
        var head = git.Commit("提交的修改");
        git.Files.Replace(Edited, "hours: ", "hours: （未提交）");

        var location = CatalogLocation.Find(git.CatalogDir)!;
        using var repository = CatalogRepository.Open(location).Value!;
        using var session = SourceSession.Open(location, useCache: true, FixedClock.Default);
        var revision = session.Through(new RevisionSource(repository, head));
        var changes = revision.ChangesSince(RevisionBase.Resolve(repository, baseSha).Value!)!;

        Assert.Equal([Committed], changes.Files.Select(f => f.Path));
        Assert.False(changes.WorkTreeDirty);
        Assert.Empty(revision.ChangesSince(RevisionBase.Resolve(repository, head.Sha).Value!)!.Files);
    }

    [Fact]
    public void Against_recorded_digests_only_files_whose_content_differs_have_changed()
    {
        using var files = TempCatalog.CopyOfSample();
        var location = CatalogLocation.Find(files.CatalogDir)!;
        IReadOnlyList<SourceDigest> recorded;
        using (var first = SourceSession.Open(location, useCache: true, FixedClock.Default))
        {
            var all = first.ChangesSince(new RecordedDigests([]))!;
            Assert.All(all.Files, f => Assert.Equal(FileChangeKind.Added, f.Change));
            recorded = all.CurrentDigests!;
            Assert.Equal(all.Files.Select(f => f.Path), recorded.Select(d => d.Path));
        }
        files.Replace(Committed, "hours: ", "hours: （调整）");
        files.Write(Untracked, files.Read(Edited));
        files.Delete(DeletedStandard);

        using var second = SourceSession.Open(location, useCache: true, FixedClock.Default);
        var changes = second.ChangesSince(new RecordedDigests(recorded))!;
        Assert.Equal(
            [(Committed, FileChangeKind.Modified), (Untracked, FileChangeKind.Added), (DeletedStandard, FileChangeKind.Removed)],
            changes.Files.Select(f => (f.Path, f.Change)));
        Assert.Null(changes.ReadBefore(Committed)); // digests keep no contents

        // Without the cache there are no digests to compare: not known, never "nothing changed".
        using var uncached = SourceSession.Open(location, useCache: false, FixedClock.Default);
        Assert.Null(uncached.ChangesSince(new RecordedDigests(recorded)));
    }
}

using System.Text.RegularExpressions;
using CatalogTools.Caching;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Sources;
using CatalogTools.Git.Diff;
using CatalogTools.Git.Repositories;

namespace CatalogTools.Git.Tests;

/// <summary>
/// `diff` reads on the new side only the changed files and what the comparison looks up for them
/// (<see cref="DiffNewSide"/>). Differential test: on generated provinces with one planted change
/// of each kind — an edited, an added, a deleted implementation, a file moved to another folder, a
/// file renamed with its code, an edited and a deleted standard, an implementation moved to another
/// standard, an edited 一件事, a renamed region, and an edit to an implementation whose standard lives
/// in a file that does not bear its code — the diff equals the one computed by the same code fed the
/// whole new catalog, in every format and language: work tree against a revision, two revisions, and
/// a committed change with a clean work tree (the benchmark's case).
/// </summary>
public sealed class DiffNewSideTests
{
    [Theory]
    [InlineData(800, 5)]
    [InlineData(1300, 12)]
    public void A_diff_of_the_changed_files_says_what_the_whole_catalogs_diff_says(int implementations, int seed)
    {
        using var git = GitCatalog.OfGenerated(implementations, seed);
        var files = ImplementationFiles(git);
        var bundle = PlantBundle(git, files);
        var misnamed = files.First(f => StandardOf(f) != StandardOf(files[0]));
        File.Move(git.Files.PathOf(StandardPath(misnamed)), git.Files.PathOf("standards/ZZ-moved.yaml"));
        git.Commit("一件事；一个标准换了文件名");

        var planted = Plant(git, files, bundle, misnamed);
        var workTree = SameAsWhole(git, "HEAD", null);
        // The planted changes are all seen (else equal outputs would prove little).
        foreach (var code in planted) Assert.Contains(code, workTree);
        Assert.Contains("【修改】 一件事 YJS360000001", workTree);
        Assert.Contains("（修订）（", workTree);

        git.Commit("改动");
        Assert.Contains("（修订）（", SameAsWhole(git, "HEAD~1", "HEAD"));
        SameAsWhole(git, "HEAD~1", null);
    }

    [Fact]
    public void A_diff_of_twenty_edited_files_reads_them_their_standards_and_the_regions_and_writes_nothing()
    {
        using var git = GitCatalog.OfGenerated(900, 3);
        var files = ImplementationFiles(git);
        var edited = files.Where((_, i) => i % 40 == 7).Take(20).ToList();
        foreach (var file in edited) git.Files.Replace(file, "hours: ", "hours: （调整）");
        git.Commit("20 edits");
        var cache = Path.Combine(git.CatalogDir, ".catalog-cache");
        Assert.False(Directory.Exists(cache));

        var location = CatalogLocation.Find(git.CatalogDir)!;
        using var repository = CatalogRepository.Open(location).Value!;
        var from = RevisionBase.Resolve(repository, "HEAD~1").Value!;
        ICatalogSource current = new RevisionSource(repository, repository.Head().Value!);
        var changes = current.ChangesSince(from)!;
        var loader = new CatalogLoader(location);
        var before = changes.Paths.ToDictionary(p => p, p => new FileLoader(loader.Schemas).Load(p, changes.ReadBefore(p)!));
        var after = DiffNewSide.Load(current, loader, changes, before);
        var standards = edited.Select(StandardPath).ToHashSet();
        Assert.Equal(edited.Concat(standards).Append("registries/regions.yaml").Order(StringComparer.Ordinal), after.FileResults.Select(r => r.File.Path));

        var status = git.Repo.RetrieveStatus(new LibGit2Sharp.StatusOptions()).Select(e => (e.FilePath, e.State)).ToList();
        var text = git.Run("diff", "HEAD~1");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("事项：新增 0，删除 0，停用 0，修改 20", text.Out);
        Assert.False(Directory.Exists(cache));
        Assert.Equal(status, git.Repo.RetrieveStatus(new LibGit2Sharp.StatusOptions()).Select(e => (e.FilePath, e.State)).ToList());
    }

    /// <summary>The partial diff's outputs equal the whole one's (text, Markdown, JSON; zh and en); returns the Chinese text.</summary>
    private static string SameAsWhole(GitCatalog git, string rev, string? rev2)
    {
        var location = CatalogLocation.Find(git.CatalogDir)!;
        using var repository = CatalogRepository.Open(location).Value!;
        using var session = SourceSession.Open(location, useCache: false, TimeProvider.System);
        var partial = CatalogDiffer.Run(repository, rev, rev2, session).Value!;
        var whole = CatalogDiffer.Run(repository, rev, rev2, session, wholeNewSide: true).Value!;
        foreach (var lang in new[] { Lang.Zh, Lang.En })
        {
            Assert.Equal(Render(whole, lang, "text"), Render(partial, lang, "text"));
            Assert.Equal(Render(whole, lang, "md"), Render(partial, lang, "md"));
            Assert.Equal(Render(whole, lang, "json"), Render(partial, lang, "json"));
        }
        // The verb prints what the library computes.
        Assert.Equal(Render(whole, Lang.Zh, "text"), rev2 is null ? git.Run("diff", rev).Out : git.Run("diff", rev, rev2).Out);
        return Render(whole, Lang.Zh, "text");
    }

    private static string Render(CatalogDiff diff, Lang lang, string format)
    {
        using var text = new StringWriter();
        if (format == "json") DiffJson.Write(text, diff, lang);
        else DiffWriter.Write(text, diff, lang, markdown: format == "md");
        return text.ToString();
    }

    /// <summary>A 一件事 of three implementations of one county, committed with the base.</summary>
    private static string PlantBundle(GitCatalog git, List<string> files)
    {
        var members = files.Skip(3).Take(3).Select(CodeOf).ToList();
        var region = files[3].Split('/')[1];
        var agency = members[0].Split('-')[2];
        git.Files.Write("service-bundles/YJS360000001.yaml",
            "# yaml-language-server: $schema=../../schemas/service-bundle.schema.json\n" +
            $"code: YJS360000001\nname: 合成“一件事”\nregion: \"{region}\"\nleadAgency: {agency}\nstatus: 在用\nmembers:\n" +
            string.Concat(members.Select(m => $"  - {m}\n")) +
            "promisedLimit:\n  days: 5\n  unit: 工作日\nvisits: 0\nconsultation:\n  phone: 0701-8010058\n  email: zwfw@example.gov.cn\n" +
            "materials:\n  - name: 申请表\n    form: 原件\n    copies: 1\n    required: true\n    source: 申请人自备\n");
        return "service-bundles/YJS360000001.yaml";
    }

    /// <summary>One change of each kind in the work tree; returns the codes the diff must name.</summary>
    private static List<string> Plant(GitCatalog git, List<string> files, string bundle, string misnamed)
    {
        var codes = new List<string>();
        // Edited.
        var edited = files[10];
        git.Files.Replace(edited, "hours: ", "hours: （调整）");
        codes.Add(CodeOf(edited));
        // Added: a copy under a new code.
        var source = files[20];
        var added = source.Replace(".yaml", "-01.yaml");
        git.Files.Write(added, git.Files.Read(source).Replace($"code: {CodeOf(source)}", $"code: {CodeOf(source)}-01"));
        codes.Add(CodeOf(added));
        // Deleted.
        var deleted = files[30];
        git.Files.Delete(deleted);
        codes.Add(CodeOf(deleted));
        // Moved to another folder, content unchanged (git sees a rename; no element changes).
        var moved = files[40];
        File.Move(git.Files.PathOf(moved), git.Files.PathOf(FolderOf(files[^1]) + "/" + Path.GetFileName(moved)));
        // Renamed with its code, and edited.
        var renamed = files[50];
        var newName = renamed.Replace(".yaml", "-02.yaml");
        git.Files.Write(newName, git.Files.Read(renamed).Replace($"code: {CodeOf(renamed)}", $"code: {CodeOf(renamed)}-02").Replace("hours: ", "hours: （改名）"));
        git.Files.Delete(renamed);
        codes.Add(CodeOf(newName));
        // A standard edited (its name, which its unnamed implementations show), another deleted.
        var reached = files.Skip(60).First(f => StandardOf(f) != StandardOf(misnamed));
        var standard = StandardPath(reached);
        var name = Regex.Match(git.Files.Read(standard), "\nname: (.*)\n").Groups[1].Value;
        git.Files.Replace(standard, $"\nname: {name}\n", $"\nname: {name}（修订）\n");
        codes.Add(StandardOf(reached));
        var gone = files.Select(StandardOf).Distinct().First(s => s != StandardOf(reached) && s != StandardOf(misnamed) && s != StandardOf(edited));
        git.Files.Delete($"standards/{gone}.yaml");
        codes.Add(gone);
        // An implementation moved to another standard.
        var switched = files[70];
        var other = StandardOf(files.First(f => StandardOf(f) != StandardOf(switched) && StandardOf(f) != gone));
        git.Files.Replace(switched, $"standard: {StandardOf(switched)}\n", $"standard: {other}\n");
        codes.Add(CodeOf(switched));
        // The 一件事 loses a member and asks for a visit.
        var member = Regex.Matches(git.Files.Read(bundle), @"  - (\S+)\n")[1].Value;
        git.Files.Replace(bundle, member, "");
        git.Files.Replace(bundle, "visits: 0\n", "visits: 1\n");
        codes.Add("YJS360000001");
        // The edited implementation's region renamed: the impact shows the new name.
        var region = FolderOf(edited).Split('/')[1];
        var regionName = Regex.Match(git.Files.Read("registries/regions.yaml"), $"- code: \"{region}\"\n    name: (.*)\n").Groups[1].Value;
        Assert.NotEmpty(regionName);
        git.Files.Replace("registries/regions.yaml", $"- code: \"{region}\"\n    name: {regionName}\n", $"- code: \"{region}\"\n    name: {regionName}（修订）\n");
        // An implementation of the standard that lives in standards/ZZ-moved.yaml.
        git.Files.Replace(misnamed, "hours: ", "hours: （调整）");
        codes.Add(CodeOf(misnamed));
        return codes;
    }

    private static List<string> ImplementationFiles(GitCatalog git) =>
        Directory.GetFiles(Path.Combine(git.CatalogDir, "implementations"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(git.CatalogDir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private static string CodeOf(string path) => Path.GetFileNameWithoutExtension(path);

    private static string FolderOf(string path) => path[..path.LastIndexOf('/')];

    private static string StandardOf(string path) => CodeOf(path).Split('-')[0];

    private static string StandardPath(string implementation) => $"standards/{StandardOf(implementation)}.yaml";
}

using CatalogTools.Tests.Shared;
using LibGit2Sharp;

namespace CatalogTools.Git.Tests;

/// <summary>
/// A real git repository built in the test: a copy of the sample catalog (catalog/ and schemas/
/// at the root, as in this repository), committed with fixed signatures and times.
/// </summary>
public sealed class GitCatalog : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private int _commits;

    private GitCatalog(TempCatalog files, Repository repo)
    {
        Files = files;
        Repo = repo;
    }

    public TempCatalog Files { get; }
    public Repository Repo { get; }
    public string Root => Files.Root;
    public string CatalogDir => Files.CatalogDir;
    public string LockPath => Path.Combine(Root, "catalog.lock");

    public static Signature Editor(int n, string name = "张三", string email = "zhangsan@example.gov.cn") => new(name, email, Start.AddHours(n));

    /// <summary>The sample catalog in a new repository with one commit.</summary>
    public static GitCatalog OfSample(bool commit = true)
    {
        var files = TempCatalog.CopyOfSample();
        File.WriteAllText(Path.Combine(files.Root, ".gitignore"), ".catalog-cache/\n");
        Repository.Init(files.Root);
        var git = new GitCatalog(files, new Repository(files.Root));
        if (commit) git.Commit("初始目录");
        return git;
    }

    /// <summary>A generated province (<c>catalog generate</c>, seeded) in a new repository with one commit.</summary>
    public static GitCatalog OfGenerated(int implementations, int seed)
    {
        var files = TempCatalog.Empty();
        new Core.Generation.ProvinceGenerator(implementations, seed).Write(files.CatalogDir);
        File.WriteAllText(Path.Combine(files.Root, ".gitignore"), ".catalog-cache/\n");
        Repository.Init(files.Root);
        var git = new GitCatalog(files, new Repository(files.Root));
        git.Commit("生成的省份");
        return git;
    }

    /// <summary>Stages everything (deletions too) and commits it; returns the commit.</summary>
    public Commit Commit(string message, string author = "张三", string email = "zhangsan@example.gov.cn")
    {
        Commands.Stage(Repo, "*");
        var signature = Editor(_commits++, author, email);
        return Repo.Commit(message, signature, signature, new CommitOptions { AllowEmptyCommit = true });
    }

    /// <summary>Runs the CLI with --catalog pointing here.</summary>
    public CliOutcome Run(params string[] args) => CliRun.Run([.. args, "--catalog", CatalogDir]);

    public CliOutcome RunAt(TimeProvider clock, params string[] args) => CliRun.RunAt(clock, [.. args, "--catalog", CatalogDir]);

    public void Dispose()
    {
        Repo.Dispose();
        Files.Dispose();
    }
}

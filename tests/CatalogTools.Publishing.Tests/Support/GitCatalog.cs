using System.Diagnostics;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>
/// A temp copy of the sample catalog inside a real git repository with commits at fixed times,
/// plus a signing key pair, so bundles are reproducible and dated from the commit.
/// </summary>
public sealed class GitCatalog : IDisposable
{
    public static readonly DateTimeOffset FirstCommit = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private GitCatalog(TempCatalog temp)
    {
        Temp = temp;
        var (privatePem, publicPem) = ManifestSigner.GenerateKeyPair();
        Directory.CreateDirectory(KeysDir);
        File.WriteAllText(PrivateKey, privatePem);
        File.WriteAllText(PublicKey, publicPem);
    }

    public TempCatalog Temp { get; }
    public string Root => Temp.Root;
    public string CatalogDir => Temp.CatalogDir;
    public string KeysDir => Path.Combine(Temp.Root, "keys");
    public string PrivateKey => Path.Combine(KeysDir, "private.pem");
    public string PublicKey => Path.Combine(KeysDir, "public.pem");

    public static GitCatalog CreateSample(Action<TempCatalog>? edit = null)
    {
        var temp = TempCatalog.CopyOfSample();
        edit?.Invoke(temp);
        var repo = new GitCatalog(temp);
        File.WriteAllText(Path.Combine(temp.Root, ".gitignore"), "keys/\nout*/\n");
        repo.Git("init", "-q", "-b", "main");
        repo.Commit("sample", FirstCommit);
        return repo;
    }

    public void Commit(string message, DateTimeOffset when)
    {
        Git("add", "-A");
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = when.ToString("o"), ["GIT_COMMITTER_DATE"] = when.ToString("o") }, "commit", "-q", "-m", message);
    }

    /// <summary>Replaces the last commit with one holding the work tree as it is now (history rewritten: the old commit is no ancestor of HEAD).</summary>
    public void Amend(string message, DateTimeOffset when)
    {
        Git("add", "-A");
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = when.ToString("o"), ["GIT_COMMITTER_DATE"] = when.ToString("o") }, "commit", "-q", "--amend", "-m", message);
    }

    /// <summary>Deletes every object no ref reaches (reflogs expired, then gc): an amended-away commit is then gone, as in a clone that never fetched it.</summary>
    public void DropUnreachable()
    {
        Git("reflog", "expire", "--expire=now", "--all");
        Git("gc", "-q", "--prune=now");
    }

    public string Out(string name) => Path.Combine(Temp.Root, name);

    /// <summary><see cref="Publish"/> in a child process with CATALOG_TIMINGS=1 (stderr then names each phase).</summary>
    public ProcessOutcome PublishTimed(string output, params string[] extra) =>
        TimingsRun.Once(Root, timings: true, ["publish", "--catalog", CatalogDir, "-o", output, "--templates", RepoPaths.Templates, "--key", PrivateKey, .. extra]);

    /// <summary>Runs `catalog publish` on this catalog with the repository's templates and this key.</summary>
    public CliOutcome Publish(string output, params string[] extra) =>
        CliRun.Run(["publish", "--catalog", CatalogDir, "-o", output, "--templates", RepoPaths.Templates, "--key", PrivateKey, .. extra]);

    /// <summary>Runs `catalog publish` without the repository's default key: the test names its own keys (`--key`, `--trust`).</summary>
    public CliOutcome PublishWithOwnKeys(string output, params string[] extra) =>
        CliRun.Run(["publish", "--catalog", CatalogDir, "-o", output, "--templates", RepoPaths.Templates, .. extra]);

    /// <summary>`catalog keygen --algorithm ALG --name NAME` into <see cref="KeysDir"/>: the private key's path (NAME.key.pem).</summary>
    public string Keygen(string name, string algorithm)
    {
        var outcome = CliRun.Run("keygen", "-o", KeysDir, "--algorithm", algorithm, "--name", name);
        Xunit.Assert.True(outcome.ExitCode == 0, outcome.Error);
        return Path.Combine(KeysDir, name + ".key.pem");
    }

    /// <summary>The public key beside a private key made by <see cref="Keygen"/> (NAME.pub.pem).</summary>
    public static string PublicOf(string privateKey) => privateKey.Replace(".key.pem", ".pub.pem", StringComparison.Ordinal);

    private void Git(params string[] args) => Git(new Dictionary<string, string>(), args);

    private void Git(Dictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Temp.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["GIT_AUTHOR_NAME"] = "Catalog Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = "test@example.invalid";
        start.Environment["GIT_COMMITTER_NAME"] = "Catalog Test";
        start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.invalid";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["HOME"] = Temp.Root;
        foreach (var (k, v) in env) start.Environment[k] = v;
        using var p = Process.Start(start)!;
        var error = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
    }

    public void Dispose() => Temp.Dispose();
}

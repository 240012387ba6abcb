using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CatalogTools.Core.Writing;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>
/// Writes survive kill -9 at any instant. Each verb that writes runs as a child process that kills
/// itself after its Nth file operation (CATALOG_FAULT_AFTER_OPS=N), for every N of the run (or a
/// spread over the many links of a bundle update); then another verb runs, which must complete or
/// roll back the interrupted write from its journal: the catalog (or every bundle) is exactly the
/// old or exactly the new one, no file is lost, and no stage or journal is left.
/// </summary>
public sealed class CrashSafetyTests
{
    private const string Implementation = "implementations/230125/CJ00101001-230125-112301250745715780.yaml";
    private const string Standard = "standards/QR00101001.yaml";

    /// <summary>Verbs run after a kill: each must recover (any verb that touches the catalog does).</summary>
    private static readonly string[][] NextVerbs = [["check"], ["fmt", "--check"], ["lock", "--check"]];

    [Fact]
    public void Fmt_killed_after_any_file_operation_is_all_old_or_all_new_after_the_next_verb()
    {
        KillAtEveryOperation(Unformatted, c => ["fmt", "--catalog", c.CatalogDir]);
    }

    [Fact]
    public void Lock_killed_after_any_file_operation_leaves_the_old_or_the_new_lock()
    {
        KillAtEveryOperation(c =>
        {
            c.Replace(Standard, "name: 居民身份证换领\n", "name: 居民身份证换领（新）\n");
        }, c => ["lock", "--catalog", c.CatalogDir]);
    }

    [Fact]
    public void Import_killed_after_any_file_operation_is_all_old_or_all_new_after_the_next_verb()
    {
        KillAtEveryOperation(c =>
        {
            var workbook = Path.Combine(c.Root, "forms.xlsx");
            Assert.Equal(0, CliRun.Run("export", workbook, "--catalog", c.CatalogDir).ExitCode);
            // The catalog drifts from the workbook in three files; importing the workbook writes them back.
            foreach (var file in ImportedFiles) c.Write(file, Regex.Replace(c.Read(file), "(?m)^hours: .*$", "hours: 工作日 9:00-11:00"));
        }, c => ["import", Path.Combine(c.Root, "forms.xlsx"), "--catalog", c.CatalogDir]);
    }

    [Fact]
    public void Generate_killed_after_any_file_operation_leaves_no_folder_or_the_whole_province()
    {
        var root = Path.Combine(Path.GetTempPath(), "catalog-crash-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var reference = Path.Combine(root, "reference", "catalog");
            Assert.Equal(0, ChildRun.Run(null, "generate", "-o", reference, "--implementations", "60").ExitCode);
            var whole = Snapshot(reference);
            var total = ChildRun.CountOperations("generate", "-o", Path.Combine(root, "counted", "catalog"), "--implementations", "60");
            Assert.True(total >= 4, $"{total} operations");
            for (var n = 1; n <= total; n++)
            {
                var dir = Path.Combine(root, "run" + n, "catalog");
                var killed = ChildRun.Run(n.ToString(), "generate", "-o", dir, "--implementations", "60");
                Assert.True(killed.Killed, $"N={n}: exit {killed.ExitCode} {killed.Error}");
                CliRun.Run("check", "--catalog", dir);
                if (Directory.Exists(dir)) Assert.Equal(whole, Snapshot(dir));
                AssertNoStage(Path.Combine(root, "run" + n));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Publish_since_killed_at_a_spread_of_operations_leaves_every_channel_old_or_new_after_the_next_verb()
    {
        KillPublish(incremental: true);
    }

    [Fact]
    public void Publish_since_built_in_the_spare_killed_at_a_spread_of_operations_leaves_every_channel_old_or_new_and_no_half_spare()
    {
        KillPublish(incremental: true, inSpare: true);
    }

    [Fact]
    public void Full_publish_over_a_bundle_killed_at_a_spread_of_operations_leaves_every_channel_old_or_new()
    {
        KillPublish(incremental: false);
    }

    [Fact]
    public void A_real_kill_9_at_a_random_moment_of_publish_since_and_fmt_loses_nothing()
    {
        var random = new Random();
        using var keys = TempCatalog.Empty();
        var key = Keys(keys.Root);
        for (var round = 0; round < 3; round++)
        {
            using var catalog = TempCatalog.CopyOfSample();
            var output = Path.Combine(catalog.Root, "out");
            Assert.Equal(0, CliRun.Run("publish", "-o", output, "--catalog", catalog.CatalogDir, "--key", key).ExitCode);
            var oldBundle = Bundles(output);
            ChangeHours(catalog);
            using (var child = ChildRun.Start(null, "publish", "-o", output, "--since", output, "--catalog", catalog.CatalogDir, "--key", key))
            {
                Thread.Sleep(random.Next(200, 2500));
                child.Kill(); // SIGKILL
                child.WaitForExit();
            }
            // fmt's start recovers the publish; then it is killed in turn.
            Unformatted(catalog);
            var oldCatalog = Snapshot(catalog.CatalogDir);
            using (var child = ChildRun.Start(null, "fmt", "--catalog", catalog.CatalogDir))
            {
                Thread.Sleep(random.Next(200, 2500));
                child.Kill();
                child.WaitForExit();
            }
            CliRun.Run("check", "--catalog", catalog.CatalogDir);
            var bundles = Bundles(output);
            var newBundle = ReferenceUpdate(key, since: true);
            Assert.True(bundles.Values.All(b => b.Count > 0));
            foreach (var (channel, files) in bundles) Assert.True(Same(files, oldBundle[channel]) || Same(files, newBundle[channel]), $"{channel} is neither the old nor the new bundle");
            var now = Snapshot(catalog.CatalogDir);
            Assert.True(Same(now, oldCatalog) || Same(now, Formatted()), "the catalog is neither the old nor the formatted one");
            AssertNoStage(catalog.Root);
            Assert.Empty(SpareFolders.LeftOver(output));
        }
    }

    private static readonly string[] ImportedFiles =
    [
        "implementations/230100/XK00301001-230100-11230100003804469P.yaml",
        "implementations/230100/XK00502001-230100-11230100001174918K.yaml",
        "implementations/230100/XK00801001-230100-11230100005238333D.yaml",
    ];

    private static void Unformatted(TempCatalog catalog)
    {
        var fixtures = Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Core.Tests", "Fixtures", "Fmt");
        catalog.Write(Implementation, File.ReadAllText(Path.Combine(fixtures, "input.yaml")));
        catalog.Replace(Standard, "name: 居民身份证换领\n", "name: '居民身份证换领'\n");
    }

    private static Dictionary<string, string> Formatted()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Unformatted(catalog);
        ChangeHours(catalog);
        Assert.Equal(0, CliRun.Run("fmt", "--catalog", catalog.CatalogDir).ExitCode);
        return Snapshot(catalog.CatalogDir);
    }

    private static void ChangeHours(TempCatalog catalog)
    {
        foreach (var file in ImportedFiles) catalog.Write(file, Regex.Replace(catalog.Read(file), "(?m)^hours: .*$", "hours: 工作日 8:00-18:00（崩溃测试）"));
    }

    /// <summary>Kills the verb after each of its file operations, one fresh copy of the sample each time, and checks what the next verb leaves.</summary>
    private static void KillAtEveryOperation(Action<TempCatalog> prepare, Func<TempCatalog, string[]> verb)
    {
        Dictionary<string, string> before, after;
        int total;
        using (var reference = TempCatalog.CopyOfSample())
        {
            prepare(reference);
            before = Workspace(reference);
            total = ChildRun.CountOperations(verb(reference));
            after = Workspace(reference);
            Assert.NotEqual(before, after);
            AssertNoStage(reference.Root);
        }
        Assert.True(total >= 4, $"{total} operations");
        int old = 0, complete = 0;
        for (var n = 1; n <= total; n++)
        {
            using var catalog = TempCatalog.CopyOfSample();
            prepare(catalog);
            var killed = ChildRun.Run(n.ToString(), verb(catalog));
            Assert.True(killed.Killed, $"N={n}/{total}: exit {killed.ExitCode} {killed.Error}");
            CliRun.Run([.. NextVerbs[n % NextVerbs.Length], "--catalog", catalog.CatalogDir]);
            var now = Workspace(catalog);
            if (Same(now, before)) old++;
            else if (Same(now, after)) complete++;
            else Assert.Fail($"killed after operation {n} of {total}: the catalog is neither all old nor all new:\n{Difference(now, before, after)}");
            AssertNoStage(catalog.Root);
        }
        // The kills straddle the point of no return: some runs were rolled back, some completed.
        Assert.True(old > 0 && complete > 0, $"{old} old, {complete} new");
    }

    /// <param name="inSpare">The output has had one update already, so the killed update is built in the spare the first one kept.</param>
    private static void KillPublish(bool incremental, bool inSpare = false)
    {
        using var keys = TempCatalog.Empty();
        var key = Keys(keys.Root);
        string[] Verb(TempCatalog c, string output) => incremental
            ? ["publish", "-o", output, "--since", output, "--catalog", c.CatalogDir, "--key", key]
            : ["publish", "-o", output, "--catalog", c.CatalogDir, "--key", key];
        var newBundle = ReferenceUpdate(key, incremental, inSpare);
        int total;
        Dictionary<string, Dictionary<string, string>> oldBundle;
        using (var reference = TempCatalog.CopyOfSample())
        {
            var output = Path.Combine(reference.Root, "out");
            Assert.Equal(0, CliRun.Run("publish", "-o", output, "--catalog", reference.CatalogDir, "--key", key).ExitCode);
            if (inSpare) FirstUpdate(reference, output, key);
            oldBundle = Bundles(output);
            ChangeHours(reference);
            total = ChildRun.CountOperations(Verb(reference, output));
            if (inSpare) Assert.Equal(["kiosk", "mobile", "web"], SpareFolders.Channels(output));
            var bundles = Bundles(output);
            foreach (var (channel, files) in bundles) Assert.True(Same(files, newBundle[channel]), channel);
        }
        // A full publish renders into fresh stages (not counted): its operations are the journals, switches and deletions, each killed at.
        // An update also links every unchanged file: the first and last operations one by one, the links between at a spread.
        // In the spare: the journal, each spare's marker, the changed files renamed in, the switches, the spares kept and their markers.
        Assert.True(inSpare ? total is > 10 and < 120 : total > (incremental ? 20 : 6), $"{total} operations");
        var points = (inSpare
                ? Enumerable.Range(1, 6).Concat(Enumerable.Range(total - 9, 10)).Concat(Enumerable.Range(1, 7).Select(i => total * i / 8))
                : incremental
                ? Enumerable.Range(1, 3).Concat(Enumerable.Range(total - 9, 10)).Concat(Enumerable.Range(1, 4).Select(i => total * i / 5))
                : Enumerable.Range(1, total))
            .Where(n => n >= 1 && n <= total).Distinct().Order().ToList();
        int old = 0, complete = 0;
        foreach (var n in points)
        {
            using var catalog = TempCatalog.CopyOfSample();
            var output = Path.Combine(catalog.Root, "out");
            Assert.Equal(0, CliRun.Run("publish", "-o", output, "--catalog", catalog.CatalogDir, "--key", key).ExitCode);
            if (inSpare) FirstUpdate(catalog, output, key);
            ChangeHours(catalog);
            var killed = ChildRun.Run(n.ToString(), Verb(catalog, output));
            Assert.True(killed.Killed, $"N={n}/{total}: exit {killed.ExitCode} {killed.Error}");
            CliRun.Run("check", "--catalog", catalog.CatalogDir);
            var bundles = Bundles(output);
            Assert.Equal(oldBundle.Keys.Order(), bundles.Keys.Order());
            var sides = bundles.Select(b => Same(b.Value, oldBundle[b.Key]) ? "old" : Same(b.Value, newBundle[b.Key]) ? "new" : "mixed").Distinct().ToList();
            Assert.True(sides is ["old"] or ["new"], $"killed after operation {n} of {total}: channels are {string.Join(", ", bundles.Keys.Zip(sides))}");
            if (sides[0] == "old") old++;
            else complete++;
            AssertNoStage(catalog.Root);
            Assert.Empty(SpareFolders.LeftOver(output));
            // Only the lock file stays (it is reused; the system releases its lock when the holder dies).
            Assert.DoesNotContain(Directory.GetFiles(Path.Combine(catalog.Root, ".catalog-cache"), "bundle-switch-*"), f => !f.EndsWith(".lock", StringComparison.Ordinal));
        }
        Assert.True(old > 0 && complete > 0, $"{old} old, {complete} new");
    }

    /// <summary>The bundles an undisturbed update (--since) or full publish over the old bundle writes (manifest signatures aside).</summary>
    private static Dictionary<string, Dictionary<string, string>> ReferenceUpdate(string key, bool since, bool afterFirstUpdate = false)
    {
        using var reference = TempCatalog.CopyOfSample();
        var output = Path.Combine(reference.Root, "out");
        Assert.Equal(0, CliRun.Run("publish", "-o", output, "--catalog", reference.CatalogDir, "--key", key).ExitCode);
        if (afterFirstUpdate) FirstUpdate(reference, output, key);
        ChangeHours(reference);
        string[] update = since ? ["--since", output] : [];
        Assert.Equal(0, CliRun.Run(["publish", "-o", output, .. update, "--catalog", reference.CatalogDir, "--key", key]).ExitCode);
        return Bundles(output);
    }

    /// <summary>An update of one item's hours: its switch keeps each channel's full publish as the spare the next update is built in.</summary>
    private static void FirstUpdate(TempCatalog catalog, string output, string key)
    {
        catalog.Write(ImportedFiles[0], Regex.Replace(catalog.Read(ImportedFiles[0]), "(?m)^hours: .*$", "hours: 工作日 7:00-19:00（备用测试）"));
        Assert.Equal(0, CliRun.Run("publish", "-o", output, "--since", output, "--catalog", catalog.CatalogDir, "--key", key).ExitCode);
        Assert.Empty(SpareFolders.LeftOver(output));
    }

    private static string Keys(string root)
    {
        Assert.Equal(0, CliRun.Run("keygen", "-o", Path.Combine(root, "keys")).ExitCode);
        return Path.Combine(root, "keys", "catalog-signing.key.pem");
    }

    /// <summary>Each channel folder's files and their SHA-256; the signature is left out (ECDSA signatures are randomized).</summary>
    private static Dictionary<string, Dictionary<string, string>> Bundles(string output) =>
        // metadata/ and targets/ (trust metadata) are written after the switch and are not a channel's bundle.
        Directory.GetDirectories(output).Where(d => !Path.GetFileName(d).StartsWith('.') && Path.GetFileName(d) is not ("metadata" or "targets"))
            .ToDictionary(d => Path.GetFileName(d), d => Snapshot(d).Where(f => f.Key != "manifest.sig").ToDictionary(f => f.Key, f => f.Value));

    /// <summary>The catalog folder and catalog.lock beside it.</summary>
    private static Dictionary<string, string> Workspace(TempCatalog catalog)
    {
        var files = Snapshot(catalog.CatalogDir);
        var lockFile = Path.Combine(catalog.Root, "catalog.lock");
        if (File.Exists(lockFile)) files["../catalog.lock"] = Hash(lockFile);
        return files;
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), Hash);

    private static string Hash(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) => a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);

    private static string Difference(Dictionary<string, string> now, Dictionary<string, string> before, Dictionary<string, string> after) =>
        string.Join('\n', now.Keys.Union(before.Keys).Union(after.Keys).Order()
            .Where(k => now.GetValueOrDefault(k) != before.GetValueOrDefault(k) || now.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => $"{k}: {(now.GetValueOrDefault(k) is not { } h ? "MISSING" : h == before.GetValueOrDefault(k) ? "old" : h == after.GetValueOrDefault(k) ? "new" : "other")}"));

    private static void AssertNoStage(string workspace)
    {
        var cache = Path.Combine(workspace, ".catalog-cache");
        if (!Directory.Exists(cache)) return;
        Assert.Empty(Directory.GetDirectories(cache, JournaledWriter.StagePrefix + "*"));
        Assert.False(File.Exists(Path.Combine(cache, JournaledWriter.JournalName)), "write journal left");
        Assert.False(File.Exists(Path.Combine(cache, JournaledWriter.JournalName + ".tmp")), "write journal left");
    }
}

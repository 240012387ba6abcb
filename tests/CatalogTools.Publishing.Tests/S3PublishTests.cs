using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Fleet;
using CatalogTools.Publishing.ObjectStore;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// `publish --to s3://BUCKET/PREFIX` against a real S3-compatible server (moto's, on 127.0.0.1): the whole
/// publish folder lands in the bucket, channels read it over plain HTTP, a second publish uploads only the
/// changed files, and at every moment a manifest is uploaded all the files it lists are already there.
/// </summary>
public sealed class S3PublishTests : IDisposable
{
    private const string Impl = "implementations/230125/GG00101001-230125-11230125010320163G.yaml";
    private readonly MotoServer _moto = new();

    public void Dispose() => _moto.Dispose();

    private ProcessOutcome PublishTo(GitCatalog repo, string output, string target, params string[] extra) => _moto.PublishTo(repo, output, target, extra);

    private static void EditHours(GitCatalog repo, string hours, DateTimeOffset when)
    {
        var line = repo.Temp.Read(Impl).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        repo.Temp.Replace(Impl, line + "\n", $"hours: {hours}\n");
        repo.Commit("hours", when);
    }

    [Fact]
    public async Task Publish_to_s3_uploads_the_folder_a_channel_reads_over_http_and_then_only_what_changed()
    {
        using var repo = GitCatalog.CreateSample();
        _moto.CreatePublicBucket("catalog-cdn");
        var output = repo.Out("out");

        var first = PublishTo(repo, output, "s3://catalog-cdn/hl/");
        Assert.True(first.ExitCode == 0, first.ToString());
        var files = Uploadable(output);
        Assert.Contains($"已上传到 s3://catalog-cdn/hl/：{files} 个文件", first.Out);

        // A channel reads the bucket like any static server: every file of the manifest, byte for byte, with its media type.
        using var http = new HttpClient { BaseAddress = new Uri(_moto.Endpoint + "/catalog-cdn/hl/") };
        var copy = repo.Out("downloaded");
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            var manifestBytes = await http.GetByteArrayAsync($"{channel}/manifest.json");
            Assert.Equal(File.ReadAllBytes(Path.Combine(output, channel, "manifest.json")), manifestBytes);
            var manifest = BundleManifest.Parse(manifestBytes, out _)!;
            Directory.CreateDirectory(Path.Combine(copy, channel));
            File.WriteAllBytes(Path.Combine(copy, channel, "manifest.json"), manifestBytes);
            File.WriteAllBytes(Path.Combine(copy, channel, "manifest.sig"), await http.GetByteArrayAsync($"{channel}/manifest.sig"));
            foreach (var f in manifest.Files)
            {
                var bytes = await http.GetByteArrayAsync($"{channel}/{f.Path}");
                Assert.Equal(f.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
                var target = Path.Combine(copy, channel, f.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }
        }
        Assert.Equal(0, CliRun.Run("verify-bundle", copy, "--key", repo.PublicKey).ExitCode);
        var page = await http.GetAsync("web/index.html");
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", page.Content.Headers.ContentType.CharSet);

        // The next version: one item's hours. Only its files, the shared pages that list it and the metadata go up.
        EditHours(repo, "工作日 9:00-16:00", GitCatalog.FirstCommit.AddDays(1));
        var before = Digests(output);
        var second = PublishTo(repo, output, "s3://catalog-cdn/hl", "--since", output);
        Assert.True(second.ExitCode == 0, second.ToString());
        // Exactly the files this publish wrote anew: the channels' changed files, their delta.json, manifest.sig and
        // manifest.json, the trust metadata and content-addressed copies of what changed, and releases.json.
        var now = Digests(output);
        var changed = now.Count(f => !before.TryGetValue(f.Key, out var old) || old != f.Value);
        Assert.True(changed < files / 4, $"{changed} of {files} files changed");
        Assert.Contains($"已上传到 s3://catalog-cdn/hl/：{changed} 个文件", second.Out);
        Assert.Contains($"未变 {now.Count - changed} 个", second.Out);

        var ledger = ReleaseLedger.Parse(await http.GetByteArrayAsync("releases.json"), out _)!;
        Assert.Equal(6, ledger.Count);
        Assert.Equal(File.ReadAllBytes(Path.Combine(output, "mobile", "manifest.json")), await http.GetByteArrayAsync("mobile/manifest.json"));
        Assert.Contains("9:00-16:00", await http.GetStringAsync("mobile/items/GG00101001-230125-11230125010320163G.json"));

        // The same folder uploaded again sends nothing.
        using var s3 = S3ObjectStore.FromEnvironment("catalog-cdn", n => _moto.Environment.GetValueOrDefault(n));
        var again = await BundleUpload.UploadAsync(output, new S3Location("catalog-cdn", "hl"), s3, FixedClock.Default.GetUtcNow());
        Assert.Empty(again.Uploaded);
        Assert.Empty(again.Deleted);
        Assert.Equal(Uploadable(output), again.Unchanged);
    }

    [Fact]
    public async Task Content_goes_first_then_versioned_metadata_then_manifests_and_the_timestamp_last_and_removed_files_after()
    {
        using var repo = GitCatalog.CreateSample();
        _moto.CreatePublicBucket("order");
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        // The publish wrote the trust metadata beside the channels (docs/publishing.md, "Trust metadata"): their stages come from their names.
        Assert.True(File.Exists(Path.Combine(output, "metadata", "timestamp.json")));
        using var s3 = S3ObjectStore.FromEnvironment("order", n => _moto.Environment.GetValueOrDefault(n));
        var recorder = new CheckingStore(s3, output, "v1/");
        var first = await BundleUpload.UploadAsync(output, new S3Location("order", "v1"), recorder, FixedClock.Default.GetUtcNow());
        Assert.Equal(Uploadable(output), first.Uploaded.Count);
        Assert.Empty(recorder.Problems);
        var stages = recorder.Puts.Select(UploadOrder.StageOf).ToList();
        Assert.Equal(stages.Order(), stages);
        Assert.Equal("metadata/timestamp.json", recorder.Puts[^1]);
        var versioned = recorder.Puts.Where(p => UploadOrder.StageOf(p) == UploadStage.VersionedMetadata).ToList();
        // Roots first, then targets, then snapshots (each names the files of the one before).
        var order = versioned.Select(p => p.EndsWith(".root.json", StringComparison.Ordinal) ? 0 : p.EndsWith(".targets.json", StringComparison.Ordinal) ? 1 : 2).ToList();
        Assert.Equal(order.Order(), order);
        Assert.Contains("metadata/web/20261101080000.targets.json", versioned);
        Assert.Contains("metadata/1.snapshot.json", versioned);
        Assert.True(recorder.Puts.IndexOf("web/manifest.sig") == recorder.Puts.IndexOf("web/manifest.json") - 1);
        Assert.True(recorder.Puts.IndexOf("releases.json") > recorder.Puts.IndexOf("web/manifest.json"));

        // An item removed: its files are deleted only after the new manifests and the timestamp are up.
        const string Gone = "GG00101001-230125-11230125010320163G";
        repo.Temp.Delete(Impl);
        repo.Commit("removed", GitCatalog.FirstCommit.AddDays(1));
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);
        recorder.Puts.Clear();
        recorder.Calls.Clear();
        var second = await BundleUpload.UploadAsync(output, new S3Location("order", "v1"), recorder, FixedClock.Default.GetUtcNow());
        Assert.Empty(recorder.Problems);
        Assert.Contains($"v1/web/guides/{Gone}.html", second.Deleted);
        Assert.Contains($"v1/mobile/items/{Gone}.json", second.Deleted);
        Assert.Equal("metadata/timestamp.json", recorder.Puts[^1]);
        Assert.Equal(recorder.Puts.Count + recorder.Deletes.Count, recorder.Calls.Count);
        Assert.True(recorder.Calls.Take(recorder.Puts.Count).All(c => c.StartsWith("put ", StringComparison.Ordinal)), "deletions came before the last upload");
        // Content-addressed copies: unchanged content keeps its name, so none is sent again.
        Assert.Empty(second.Uploaded.Where(p => p.StartsWith("targets/", StringComparison.Ordinal)).Intersect(first.Uploaded));
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"{_moto.Endpoint}/order/v1/web/guides/{Gone}.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{_moto.Endpoint}/order/v1/web/index.html")).StatusCode);
    }

    [Fact]
    public void A_bad_target_or_a_missing_bucket_is_a_clear_error()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        var bad = CliRun.Run("publish", "--catalog", repo.CatalogDir, "-o", output, "--to", "s3://Bad_Bucket/x");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--to 无效：存储桶名『Bad_Bucket』无效", bad.Error);
        Assert.False(Directory.Exists(output));

        var missing = PublishTo(repo, output, "s3://no-such-bucket/x");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("上传到 s3://no-such-bucket/x/ 失败", missing.Error);
        Assert.Contains("本地发布已完成", missing.Error);
    }

    /// <summary>Files an upload sends: all but dot-files and dot-folders.</summary>
    /// <summary>SHA-256 of every uploadable file, by relative path.</summary>
    private static Dictionary<string, string> Digests(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(r => !r.Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')))
            .ToDictionary(r => r, r => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, r)))));

    private static int Uploadable(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Count(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')));

    private static DeltaView BundleDelta(string channelFolder)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(channelFolder, "delta.json")));
        return new DeltaView(doc.RootElement.GetProperty("changedFiles").EnumerateArray().Select(e => e.GetString()!).ToList());
    }

    private sealed record DeltaView(IReadOnlyList<string> ChangedFiles);

    /// <summary>
    /// The real store, with every call recorded; before a manifest.json is uploaded it lists the bucket and
    /// checks that every file that manifest names is there with its bytes (what a reader would then fetch).
    /// </summary>
    private sealed class CheckingStore(IObjectStore inner, string folder, string prefix) : IObjectStore
    {
        public List<string> Puts { get; } = [];
        public List<string> Deletes { get; } = [];
        public ConcurrentQueue<string> Problems { get; } = new();
        public List<string> Calls { get; } = [];

        public Task<IReadOnlyDictionary<string, StoredObject>> ListAsync(string p, CancellationToken c) => inner.ListAsync(p, c);

        public Task<byte[]?> GetAsync(string key, long maxBytes, CancellationToken c) => inner.GetAsync(key, maxBytes, c);

        public async Task PutAsync(string key, string file, string contentType, string cacheControl, CancellationToken c)
        {
            var relative = key[prefix.Length..];
            if (relative.EndsWith("/manifest.json", StringComparison.Ordinal))
            {
                var held = await inner.ListAsync(prefix, c);
                var manifest = BundleManifest.Parse(File.ReadAllBytes(file), out _)!;
                var channel = relative[..relative.IndexOf('/')];
                foreach (var f in manifest.Files)
                {
                    var md5 = Convert.ToHexStringLower(MD5.HashData(File.ReadAllBytes(Path.Combine(folder, channel, f.Path))));
                    if (!held.TryGetValue($"{prefix}{channel}/{f.Path}", out var o) || o.ETag != md5) Problems.Enqueue($"{relative} uploaded before {channel}/{f.Path}");
                }
            }
            if (UploadOrder.IsContentAddressed(relative) != cacheControl.Contains("immutable", StringComparison.Ordinal) && UploadOrder.StageOf(relative) != UploadStage.VersionedMetadata)
                Problems.Enqueue($"{relative}: Cache-Control {cacheControl}");
            await inner.PutAsync(key, file, contentType, cacheControl, c);
            lock (Puts)
            {
                Puts.Add(relative);
                Calls.Add("put " + relative);
            }
        }

        public async Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken c)
        {
            await inner.DeleteAsync(keys, c);
            lock (Puts)
            {
                Deletes.AddRange(keys);
                Calls.AddRange(keys.Select(k => "delete " + k));
            }
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>
/// A local S3-compatible server for the test: moto's server (Python, `python3 -m moto.server`; ./test.sh
/// installs moto[server] when missing) on 127.0.0.1 at a free port, killed when disposed. Buckets are
/// made readable by anyone through a bucket policy, as a CDN origin is, so channels read them over plain HTTP.
/// </summary>
public sealed class MotoServer : IDisposable
{
    private readonly Process _process;

    public MotoServer()
    {
        Port = FreePort();
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-m", "moto.server", "-H", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"moto's server exited with {_process.ExitCode}: is moto[server] installed for python3? (./test.sh installs it)");
            try
            {
                if (http.GetAsync(Endpoint).GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK) break;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("moto's server did not answer within 60 s");
            Thread.Sleep(200);
        }
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>The variables `catalog publish --to` reads.</summary>
    public Dictionary<string, string?> Environment => new()
    {
        ["AWS_ENDPOINT_URL"] = Endpoint,
        ["AWS_ACCESS_KEY_ID"] = "testing",
        ["AWS_SECRET_ACCESS_KEY"] = "testing",
        ["AWS_REGION"] = "us-east-1",
    };

    /// <summary>`catalog publish --to TARGET` of the repository's catalog, in a child process with this server's variables and the fixed clock.</summary>
    public ProcessOutcome PublishTo(GitCatalog repo, string output, string target, params string[] extra) =>
        ProcessRun.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "catalog.dll"), "publish", "--catalog", repo.CatalogDir, "-o", output, "--templates", RepoPaths.Templates, "--key", repo.PrivateKey, "--to", target, .. extra],
            repo.Root, new Dictionary<string, string?>(Environment) { ["CATALOG_NOW"] = FixedClock.Default.GetUtcNow().ToString("O") }, timeoutSeconds: 300);

    /// <summary>Replaces an object's bytes in the bucket, as someone with write access to the store (or a compromised CDN origin) could.</summary>
    public void Overwrite(string bucket, string key, byte[] bytes)
    {
        using var client = Client();
        using var body = new MemoryStream(bytes);
        client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, InputStream = body }).GetAwaiter().GetResult();
    }

    private AmazonS3Client Client() =>
        new(new BasicAWSCredentials("testing", "testing"), new AmazonS3Config { ServiceURL = Endpoint, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });

    /// <summary>Creates a bucket only the test's credentials may read (anonymous readers get 403, as from S3).</summary>
    public void CreatePrivateBucket(string bucket)
    {
        using var client = Client();
        client.PutBucketAsync(new PutBucketRequest { BucketName = bucket }).GetAwaiter().GetResult();
    }

    /// <summary>Creates a bucket anyone may read (GetObject), as the origin of a CDN.</summary>
    public void CreatePublicBucket(string bucket)
    {
        using var client = Client();
        client.PutBucketAsync(new PutBucketRequest { BucketName = bucket }).GetAwaiter().GetResult();
        var policy = $"{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Sid\":\"PublicRead\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::{bucket}/*\"}}]}}";
        client.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy }).GetAwaiter().GetResult();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CatalogTools.Publishing.Serving;

/// <summary>
/// Serves a publish folder (or one channel's bundle) on Kestrel for preview and for channels that
/// pull (<see cref="BundleFiles"/>): content ETags, one per encoding, with weak If-None-Match
/// comparison; gzip/brotli; each bundle's manifest at a fixed path; an index page at / when the folder
/// has none; each bundle's channel-status.json (which version it serves) at BASE/channel-status.json. Nothing on disk is trusted: no symbolic link is followed and no dot-file or dot-folder is
/// served. Bound to 127.0.0.1 unless told otherwise. The server never takes over the process's signals:
/// whoever started it stops it (<c>catalog serve</c> on Ctrl+C and SIGTERM).
/// </summary>
public sealed class BundleServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BundleServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address actually bound (port 0 picks a free one).</summary>
    public Uri Address { get; }

    public static async Task<BundleServer> StartAsync(string directory, int port, IPAddress? bind = null, CancellationToken cancellation = default)
    {
        // The folder named is where trust starts (it may itself be a link, such as "current", resolved again per request); below it nothing is followed.
        var served = new ServedRoot(directory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = served.Current });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, CallerLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(k => k.Listen(bind ?? IPAddress.Loopback, port));
        var app = builder.Build();
        var files = new BundleFiles(served);
        app.Run(files.ServeAsync);
        await app.StartAsync(cancellation);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BundleServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A host lifetime that registers no signal handlers (the default one swallows Ctrl+C and SIGTERM and waits for a shutdown nobody starts).</summary>
    private sealed class CallerLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

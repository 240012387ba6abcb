using CatalogTools.Publishing.Serving;
using Microsoft.Playwright;
using Xunit;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>A page opened by <see cref="ServedBundle.OpenWatchedAsync"/>: what went wrong on it, and every URL it requested.</summary>
public sealed record WatchedPage(IPage Page, List<string> Errors, List<string> Requests);

/// <summary>
/// A published bundle served by <c>catalog serve</c>'s server on a free loopback port, and one Chromium
/// (<see cref="ChromiumBrowser"/>) for the tests that share the fixture. Subclasses say which bundle.
/// </summary>
public abstract class ServedBundle : IAsyncLifetime
{
    private BundleServer? _server;
    private IPlaywright? _playwright;

    /// <summary>The folder holding the channel folders (web/, kiosk/, mobile/).</summary>
    public abstract string Output { get; }

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _server!.Address;

    public async Task InitializeAsync()
    {
        _server = await BundleServer.StartAsync(Output, 0);
        _playwright = await Playwright.CreateAsync();
        Browser = await ChromiumBrowser.LaunchAsync(_playwright);
    }

    /// <summary>A new page (in its own context, so elderly mode does not carry over) at <paramref name="path"/>, loaded; with axe-core when asked.</summary>
    public async Task<IPage> OpenAsync(string path, int width, int height, bool axe = false) => (await OpenWatchedAsync(path, width, height, axe: axe)).Page;

    /// <summary>
    /// As <see cref="OpenAsync"/>, recording console errors, page errors, failed requests and HTTP errors, and every
    /// requested URL; with a fake clock installed before loading when asked (idle-reset tests fast-forward it).
    /// </summary>
    public async Task<WatchedPage> OpenWatchedAsync(string path, int width, int height, bool clock = false, bool axe = false)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        // Several navigations on a shared, busy machine: wait for each as long as it takes, not Playwright's 30 s.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        if (clock) await page.Clock.InstallAsync();
        if (axe) await AxeCore.AddToAsync(page);
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        page.RequestFailed += (_, r) => errors.Add("request failed: " + r.Url);
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"HTTP {r.Status}: {r.Url}"); };
        page.Request += (_, r) => { lock (requests) requests.Add(r.Url); };
        var response = await page.GotoAsync(new Uri(Address, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is not { Ok: true }) throw new InvalidOperationException($"{path}: HTTP {response?.Status}");
        return new WatchedPage(page, errors, requests);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        DisposeBundle();
    }

    protected abstract void DisposeBundle();
}

using CatalogTools.Publishing.Serving;
using Microsoft.Playwright;
using Xunit;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>
/// The sample catalog published once (<see cref="SampleBundle"/>), served by <c>catalog serve</c>'s server on a
/// free loopback port, and one Chromium for the tests of the collection.
/// </summary>
public sealed class ServedSample : IAsyncLifetime
{
    private BundleServer? _server;
    private IPlaywright? _playwright;

    public SampleBundle Bundle { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public Uri Address => _server!.Address;

    public async Task InitializeAsync()
    {
        _server = await BundleServer.StartAsync(Bundle.Output, 0);
        _playwright = await Playwright.CreateAsync();
        Browser = await ChromiumBrowser.LaunchAsync(_playwright);
    }

    /// <summary>A new page (in its own context, so elderly mode does not carry over) at <paramref name="path"/>, loaded; with axe-core when asked.</summary>
    public async Task<IPage> OpenAsync(string path, int width, int height, bool axe = false)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        if (axe) await AxeCore.AddToAsync(page);
        var response = await page.GotoAsync(new Uri(Address, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is not { Ok: true }) throw new InvalidOperationException($"{path}: HTTP {response?.Status}");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Bundle.Dispose();
    }
}

/// <summary>The browser tests on the published sample share one publish, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class ServedSampleCollection : ICollectionFixture<ServedSample>
{
    public const string Name = "served sample";
}

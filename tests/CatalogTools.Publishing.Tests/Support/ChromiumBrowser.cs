using Microsoft.Playwright;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright, the way every browser test starts it (no skipping when it is missing).</summary>
public static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium not found at {ExecutablePath}: install it with `apt-get update && apt-get install -y chromium` (./test.sh does). Browser tests do not skip.");
        }
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }
}

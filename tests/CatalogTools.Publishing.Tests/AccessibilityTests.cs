using System.Text.Json;
using CatalogTools.Publishing.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// Accessibility and 适老化 measured in Chromium on the published sample: one page of every kind of every channel
/// (found by walking the bundle, <see cref="PageKinds"/>), in normal and elderly mode. axe-core finds no serious or
/// critical violation; in elderly mode every visible text is ≥ 18 px on the web and ≥ 24 px on the kiosk, and every
/// visible link, button and field is ≥ 48 × 48 px (the kiosk in both modes); web pages do not scroll sideways at 390 px,
/// pages render at 1366 × 768 and the kiosk at 1080 × 1920. Screenshots go to bin/…/screens/ for a person to look at.
/// </summary>
[Collection(ServedSampleCollection.Name)]
public sealed class AccessibilityTests(ServedSample served)
{
    private const double WebElderlyText = 18;
    private const double KioskText = 24;
    private const double TouchTarget = 48;

    private static readonly string Screens = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screens")).FullName;

    private IReadOnlyList<PageOfKind> Kinds => PageKinds.Of(served.Bundle.Output);

    private static (int Width, int Height) Viewport(PageOfKind p) => p.Channel == "kiosk" ? (1080, 1920) : (1366, 768);

    [Fact]
    public void The_walk_finds_every_known_page_kind_of_web_and_kiosk()
    {
        var kinds = Kinds.Select(k => $"{k.Channel}:{k.Kind}").ToHashSet();
        foreach (var expected in new[] { "web:index", "web:region", "web:guide", "web:notice", "kiosk:index", "kiosk:region", "kiosk:guide" })
        {
            Assert.Contains(expected, kinds);
        }
    }

    [Fact]
    public async Task No_page_kind_has_a_serious_or_critical_axe_violation_in_normal_or_elderly_mode()
    {
        var failures = new List<string>();
        foreach (var kind in Kinds)
        {
            foreach (var elderly in new[] { false, true })
            {
                var (w, h) = Viewport(kind);
                var page = await served.OpenAsync(kind.Path, w, h, axe: true);
                if (elderly && !await ElderlyOn(page)) failures.Add($"{kind}: no #elderly-toggle");
                foreach (var v in await AxeCore.SeriousViolationsAsync(page)) failures.Add($"{kind}{(elderly ? " 长辈模式" : "")}: {v}");
                await page.CloseAsync();
            }
        }
        Assert.True(failures.Count == 0, $"axe-core {AxeCore.Version}:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task Axe_reports_a_violation_planted_in_a_published_guide()
    {
        var guide = Kinds.First(k => k is { Channel: "web", Kind: "guide" });
        var html = File.ReadAllText(Path.Combine(served.Bundle.Output, guide.Path))
            .Replace("<html lang=\"zh-CN\">", "<html>", StringComparison.Ordinal)
            .Replace("<h1>", "<img src=\"data:,\"><h1>", StringComparison.Ordinal);
        var dir = Directory.CreateTempSubdirectory("axe-planted-").FullName;
        try
        {
            var file = Path.Combine(dir, "guide.html");
            File.WriteAllText(file, html);
            var page = await served.Browser.NewPageAsync();
            await AxeCore.AddToAsync(page);
            await page.GotoAsync(new Uri(file).ToString());
            var violations = await AxeCore.SeriousViolationsAsync(page);
            Assert.Contains(violations, v => v.StartsWith("html-has-lang (serious)", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.StartsWith("image-alt (critical)", StringComparison.Ordinal));
            await page.CloseAsync();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task In_elderly_mode_text_and_touch_targets_are_large_enough()
    {
        var failures = new List<string>();
        foreach (var kind in Kinds)
        {
            var kiosk = kind.Channel == "kiosk";
            foreach (var elderly in kiosk ? new[] { false, true } : [true])
            {
                var (w, h) = Viewport(kind);
                var page = await served.OpenAsync(kind.Path, w, h);
                if (elderly && !await ElderlyOn(page)) failures.Add($"{kind}: no #elderly-toggle");
                var m = await Measure(page);
                var mode = elderly ? "长辈模式" : "标准模式";
                var minimum = kiosk ? KioskText : WebElderlyText;
                if (m.GetProperty("base").GetDouble() < minimum) failures.Add($"{kind} {mode}: base text {m.GetProperty("base").GetDouble()}px < {minimum}px");
                if (m.GetProperty("minText").GetDouble() < minimum) failures.Add($"{kind} {mode}: text {m.GetProperty("minText").GetDouble()}px < {minimum}px at {m.GetProperty("minWhere").GetString()}");
                foreach (var t in m.GetProperty("small").EnumerateArray()) failures.Add($"{kind} {mode}: touch target < {TouchTarget}px: {t.GetString()}");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenPath(kind, elderly ? "elderly" : "normal"), FullPage = true });
                await page.CloseAsync();
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task At_390px_no_web_page_kind_scrolls_sideways_in_either_mode()
    {
        var failures = new List<string>();
        foreach (var kind in Kinds.Where(k => k.Channel == "web"))
        {
            foreach (var elderly in new[] { false, true })
            {
                var page = await served.OpenAsync(kind.Path, 390, 844);
                if (elderly) await ElderlyOn(page);
                var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
                if (widths[0] > widths[1]) failures.Add($"{kind}{(elderly ? " 长辈模式" : "")}: scrollWidth {widths[0]} > clientWidth {widths[1]}");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenPath(kind, elderly ? "390-elderly" : "390"), FullPage = true });
                await page.CloseAsync();
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Every_page_kind_renders_at_its_screen_size_without_errors_or_sideways_scroll()
    {
        var failures = new List<string>();
        foreach (var kind in Kinds)
        {
            var (w, h) = Viewport(kind);
            var page = await served.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = w, Height = h } });
            var errors = new List<string>();
            page.Console += (_, msg) => { if (msg.Type == "error") errors.Add(msg.Text); };
            page.PageError += (_, e) => errors.Add(e);
            page.RequestFailed += (_, r) => errors.Add("request failed: " + r.Url);
            await page.GotoAsync(new Uri(served.Address, kind.Path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var shape = await page.EvaluateAsync<double[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth, document.querySelector('main') ? document.querySelector('main').getBoundingClientRect().height : 0]");
            if (shape[0] > shape[1]) failures.Add($"{kind} at {w}×{h}: scrollWidth {shape[0]} > clientWidth {shape[1]}");
            if (shape[2] < 100) failures.Add($"{kind} at {w}×{h}: <main> is {shape[2]}px high");
            failures.AddRange(errors.Select(e => $"{kind}: {e}"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenPath(kind, $"{w}x{h}") });
            await page.CloseAsync();
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string ScreenPath(PageOfKind kind, string variant) => Path.Combine(Screens, $"{kind.Channel}-{kind.Kind}-{variant}.png");

    /// <summary>Turns elderly mode on the way a person does, by pressing the page's own toggle; false when the page has none.</summary>
    private static async Task<bool> ElderlyOn(IPage page)
    {
        if (await page.Locator("#elderly-toggle").CountAsync() == 0) return false;
        await page.ClickAsync("#elderly-toggle");
        return await page.GetAttributeAsync("#elderly-toggle", "aria-pressed") == "true";
    }

    /// <summary>
    /// On the rendered page: body font size; the smallest computed font size of any visible text (with where it is);
    /// every visible link, button and field smaller than 48 px either way (off-screen skip links excluded).
    /// </summary>
    private static Task<JsonElement> Measure(IPage page) => page.EvaluateAsync<JsonElement>(@"() => {
        const visible = el => {
            for (let e = el; e; e = e.parentElement) { const s = getComputedStyle(e); if (s.display === 'none' || s.visibility === 'hidden') return false; }
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0;
        };
        const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
        let minText = 1e9, minWhere = '';
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = n.textContent.trim();
            const el = n.parentElement;
            if (!text || !el || el.closest('script, style, [aria-hidden=true]') || !visible(el)) continue;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < minText) { minText = size; minWhere = describe(el) + ' ""' + text.slice(0, 24) + '""'; }
        }
        const small = [];
        for (const el of document.querySelectorAll('a[href], button, input, select, textarea, [role=button]')) {
            if (!visible(el)) continue;
            const r = el.getBoundingClientRect();
            if (r.width < 48 || r.height < 48) small.push(describe(el) + ' ""' + (el.textContent || el.value || '').trim().slice(0, 24) + '"" ' + Math.round(r.width) + '×' + Math.round(r.height));
        }
        return { base: parseFloat(getComputedStyle(document.body).fontSize), minText, minWhere, small };
    }");
}

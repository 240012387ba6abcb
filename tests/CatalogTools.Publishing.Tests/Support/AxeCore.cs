using System.Text.Json;
using CatalogTools.Tests.Shared;
using Microsoft.Playwright;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>
/// axe-core (npm, version pinned in tests/browser/package.json; ./test.sh installs it) run inside a loaded page.
/// The script goes in as an init script (DevTools protocol), which the pages' Content Security Policy (no inline
/// script) does not govern, so each page is tested with its real CSP in force.
/// </summary>
public static class AxeCore
{
    public static string ScriptPath => Path.Combine(RepoPaths.Root, "tests", "browser", "node_modules", "axe-core", "axe.min.js");

    private static readonly Lazy<string> Script = new(() => File.Exists(ScriptPath)
        ? File.ReadAllText(ScriptPath)
        : throw new InvalidOperationException($"axe-core not found at {ScriptPath}: run ./test.sh (or `npm ci --prefix tests/browser`). Accessibility tests do not skip."));

    /// <summary>Makes axe available in every document the page loads from now on (call before navigating).</summary>
    public static Task AddToAsync(IPage page) => page.AddInitScriptAsync(Script.Value);

    /// <summary>
    /// The violations of impact serious or critical: "rule (impact): help — targets", one line each. Throws when axe
    /// passed no rule at all, which would mean it did not look at the page.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var violations = await page.EvaluateAsync<JsonElement>(@"async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return { passed: result.passes.length, bad: result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', ')) };
        }");
        if (violations.GetProperty("passed").GetInt32() < 10) throw new InvalidOperationException($"axe-core passed only {violations.GetProperty("passed").GetInt32()} rules on {page.Url}: it did not run on the page");
        return violations.GetProperty("bad").EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    public static string Version => JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(ScriptPath)!, "package.json"))).RootElement.GetProperty("version").GetString()!;
}

using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.VerifyBundle;

/// <summary>verify-bundle --root: the trust metadata of a publish folder checked from the root a channel trusts; each problem printed with its rule id.</summary>
internal static class TrustCheck
{
    /// <summary>The verified update, or null when the root file itself is refused; problems are printed.</summary>
    /// <remarks>With <paramref name="state"/> the update starts from the root and versions it holds (a rollback since the last run is refused); the caller saves the update there once the bundles are accepted.</remarks>
    public static TrustUpdate? Run(string rootFile, string publishFolder, IReadOnlyList<string> channels, TrustStateStore? state, TimeProvider clock, CliConsole console, Lang lang)
    {
        var installedRoot = TrustedRoot.Load(File.ReadAllBytes(rootFile), rootFile, out var problem);
        var root = installedRoot is null ? null : state?.Root(installedRoot) ?? installedRoot;
        if (root is null)
        {
            console.Out.WriteLine(lang == Lang.Zh ? $"✗ 根元数据『{rootFile}』不可信任" : $"✗ root metadata '{rootFile}' cannot be trusted");
            Print(console, [problem!], lang);
            return null;
        }
        var installed = installedRoot!.Root.Version;
        var update = TrustUpdater.Update(root, state?.State(), new FolderSource(publishFolder), channels, clock.GetUtcNow());
        if (!update.Accepted)
        {
            console.Out.WriteLine(lang == Lang.Zh
                ? $"✗ 信任元数据：{update.Problems.Count} 个问题，渠道必须拒绝该版本"
                : $"✗ trust metadata: {update.Problems.Count} problems; channels must refuse this version");
            Print(console, update.Problems, lang);
        }
        else if (update.Root.Root.Version > installed)
        {
            console.Out.WriteLine(lang == Lang.Zh
                ? $"信任根：第 {update.Root.Root.Version} 版（从『{rootFile}』的第 {installed} 版沿轮换链验证）"
                : $"trust root: version {update.Root.Root.Version} (followed from version {installed} in '{rootFile}')");
        }
        return update;
    }

    private static void Print(CliConsole console, IEnumerable<Diagnostic> problems, Lang lang)
    {
        foreach (var d in problems) console.Out.WriteLine($"  [{d.Rule.Id}] {(lang == Lang.Zh ? "错误" : "error")} {d.File}:{d.Line}:{d.Column}: {d.FullMessage(lang)}");
    }
}

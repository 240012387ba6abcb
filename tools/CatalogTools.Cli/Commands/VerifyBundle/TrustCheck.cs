using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.VerifyBundle;

/// <summary>verify-bundle --root: the trust metadata of a publish folder checked from the root a channel trusts; each problem printed with its rule id.</summary>
internal static class TrustCheck
{
    /// <summary>The verified update, or null when the root file itself is refused; problems are printed.</summary>
    public static TrustUpdate? Run(string rootFile, string publishFolder, IReadOnlyList<string> channels, TimeProvider clock, CliConsole console, Lang lang)
    {
        var root = TrustedRoot.Load(File.ReadAllBytes(rootFile), rootFile, out var problem);
        if (root is null)
        {
            console.Out.WriteLine(lang == Lang.Zh ? $"✗ 根元数据『{rootFile}』不可信任" : $"✗ root metadata '{rootFile}' cannot be trusted");
            Print(console, [problem!], lang);
            return null;
        }
        var installed = root.Root.Version;
        var update = TrustUpdater.Update(root, null, new FolderSource(publishFolder), channels, clock.GetUtcNow());
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

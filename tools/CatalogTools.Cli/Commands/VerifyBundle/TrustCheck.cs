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
            console.Out.WriteLine(Messages.Format(lang, "verifybundle.rootMetadataCannotBeTrusted", ("rootFile", rootFile)));
            Print(console, [problem!], lang);
            return null;
        }
        var installed = installedRoot!.Root.Version;
        var update = TrustUpdater.Update(root, state?.State(), new FolderSource(publishFolder), channels, clock.GetUtcNow());
        if (!update.Accepted)
        {
            console.Out.WriteLine(Messages.Format(lang, "verifybundle.trustMetadataProblemsChannelsMust", ("problems", update.Problems.Count)));
            Print(console, update.Problems, lang);
        }
        else if (update.Root.Root.Version > installed)
        {
            console.Out.WriteLine(Messages.Format(lang, "verifybundle.trustRootVersionFollowedFrom", ("version", update.Root.Root.Version), ("rootFile", rootFile), ("installed", installed)));
        }
        return update;
    }

    private static void Print(CliConsole console, IEnumerable<Diagnostic> problems, Lang lang)
    {
        foreach (var d in problems) console.Out.WriteLine($"  [{d.Rule.Id}] {Messages.Text(lang, "fmt.error")} {d.File}:{d.Line}:{d.Column}: {d.FullMessage(lang)}");
    }
}

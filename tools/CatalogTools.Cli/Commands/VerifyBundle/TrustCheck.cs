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
            console.Out.WriteLine(Messages.Format(lang, "verifybundle.rootMetadataCannotBeTrusted", ("rootFile", rootFile)));
            Print(console, [problem!], lang);
            return null;
        }
        var installed = root.Root.Version;
        var update = TrustUpdater.Update(root, null, new FolderSource(publishFolder), channels, clock.GetUtcNow());
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

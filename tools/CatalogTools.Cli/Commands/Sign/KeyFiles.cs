using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.Sign;

/// <summary>Private keys named on the command line (--key FILE, repeatable), read as P-256 or SM2; each unreadable one is reported by name.</summary>
internal static class KeyFiles
{
    /// <summary>The keys, or null after reporting the first file that is missing or not a private key.</summary>
    public static IReadOnlyList<SigningKey>? Load(IEnumerable<string> files, CliConsole console, Lang lang)
    {
        var keys = new List<SigningKey>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                console.Error.WriteLine(Messages.Format(lang, "publish.keyFileNotFound", ("file", file)));
                return null;
            }
            var key = SigningKey.FromPem(File.ReadAllText(file), out var error);
            if (key is null)
            {
                console.Error.WriteLine(Messages.Format(lang, "sign.invalidPrivateKey", ("file", file), ("error", error)));
                return null;
            }
            keys.Add(key);
        }
        return keys;
    }
}

using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Formatting;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.Keygen;

/// <summary>
/// `catalog keygen -o DIR [--algorithm p256|sm2] [--name NAME]`: a key pair (PEM) for signing bundle
/// manifests and trust metadata; prints the key ID that root metadata will list it under.
/// </summary>
public static class KeygenCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--output", "-o") { HelpName = "DIR", Description = Bilingual.Of(new("keygen.outputHelp")), Required = true };
        var force = new Option<bool>("--force") { Description = Bilingual.Of(new("keygen.forceHelp")) };
        var algorithm = new Option<string>("--algorithm") { HelpName = "p256|sm2", Description = Bilingual.Of(new("keygen.algorithmHelp")), DefaultValueFactory = _ => "p256" };
        algorithm.AcceptOnlyFromAmong("p256", "sm2");
        var name = new Option<string?>("--name") { HelpName = "NAME", Description = Bilingual.Of(new("keygen.nameHelp")) };
        var command = new Command("keygen", Bilingual.Of(new("keygen.help"))) { output, force, algorithm, name };
        command.SetAction(parse =>
        {
            var lang = CommonOptions.LangOf(parse);
            var dir = Path.GetFullPath(parse.GetValue(output)!);
            var prefix = parse.GetValue(name);
            if (prefix is not null && (prefix.Length == 0 || prefix.IndexOfAny(['/', '\\', ':']) >= 0 || prefix.StartsWith('.')))
            {
                console.Error.WriteLine(Messages.Format(lang, "keygen.nameMustBeAPlain", ("prefix", prefix)));
                return ExitCodes.CannotRun;
            }
            var privatePath = Path.Combine(dir, prefix is null ? ManifestSigner.PrivateKeyFile : prefix + ".key.pem");
            var publicPath = Path.Combine(dir, prefix is null ? ManifestSigner.PublicKeyFile : prefix + ".pub.pem");
            if (!parse.GetValue(force) && (File.Exists(privatePath) || File.Exists(publicPath)))
            {
                console.Error.WriteLine(Messages.Format(lang, "keygen.keysAlreadyExistInAdd", ("dir", dir)));
                return ExitCodes.CannotRun;
            }
            var chosen = KeyAlgorithms.FromCliName(parse.GetValue(algorithm)!)!.Value;
            Directory.CreateDirectory(dir);
            // P-256 keys come from .NET as before, so manifest.sig and verify-bundle --key keep working with them.
            var (privatePem, publicPem) = chosen == KeyAlgorithm.P256 ? ManifestSigner.GenerateKeyPair() : SigningKey.Generate(chosen);
            CatalogFormatter.WriteAtomically(privatePath, privatePem);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(privatePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            CatalogFormatter.WriteAtomically(publicPath, publicPem);
            var keyId = SigningKey.FromPem(privatePem, out _)!.KeyId;
            var shown = chosen == KeyAlgorithm.Sm2 ? "SM2/SM3" : "ECDSA P-256/SHA-256";
            console.Out.WriteLine(Messages.Format(lang, "keygen.algorithmNkeyIdNprivateKey", ("shown", shown), ("keyId", keyId), ("privatePath", privatePath), ("publicPath", publicPath), ("publicFileName", Path.GetFileName(publicPath))));
            return ExitCodes.Ok;
        });
        return command;
    }
}

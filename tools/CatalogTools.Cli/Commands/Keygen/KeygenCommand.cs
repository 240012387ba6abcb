using System.CommandLine;
using CatalogTools.Core.Formatting;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Cli.Commands.Keygen;

/// <summary>`catalog keygen -o DIR`: an ECDSA P-256 key pair for signing bundle manifests (PEM).</summary>
public static class KeygenCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--output", "-o") { HelpName = "DIR", Description = "写入密钥对的文件夹 / folder for the key pair", Required = true };
        var force = new Option<bool>("--force") { Description = "覆盖已有的密钥 / overwrite existing keys" };
        var command = new Command("keygen", "生成发布包签名密钥对（ECDSA P-256）/ make a signing key pair") { output, force };
        command.SetAction(parse =>
        {
            var zh = CommonOptions.LangOf(parse) == Core.Diagnostics.Lang.Zh;
            var dir = Path.GetFullPath(parse.GetValue(output)!);
            var privatePath = Path.Combine(dir, ManifestSigner.PrivateKeyFile);
            var publicPath = Path.Combine(dir, ManifestSigner.PublicKeyFile);
            if (!parse.GetValue(force) && (File.Exists(privatePath) || File.Exists(publicPath)))
            {
                console.Error.WriteLine(zh ? $"{dir} 中已有密钥；要替换请加 --force" : $"keys already exist in {dir}; add --force to replace them");
                return ExitCodes.CannotRun;
            }
            Directory.CreateDirectory(dir);
            var (privatePem, publicPem) = ManifestSigner.GenerateKeyPair();
            CatalogFormatter.WriteAtomically(privatePath, privatePem);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(privatePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            CatalogFormatter.WriteAtomically(publicPath, publicPem);
            console.Out.WriteLine(zh
                ? $"私钥：{privatePath}（妥善保管，不要提交到仓库，不会进入发布包）\n公钥：{publicPath}（交给各渠道，用于 verify-bundle --key）"
                : $"private key: {privatePath} (keep it secret, never commit it; it never enters a bundle)\npublic key: {publicPath} (give it to channels for verify-bundle --key)");
            return ExitCodes.Ok;
        });
        return command;
    }
}

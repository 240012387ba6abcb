using System.CommandLine;
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
        var output = new Option<string>("--output", "-o") { HelpName = "DIR", Description = "写入密钥对的文件夹 / folder for the key pair", Required = true };
        var force = new Option<bool>("--force") { Description = "覆盖已有的密钥 / overwrite existing keys" };
        var algorithm = new Option<string>("--algorithm") { HelpName = "p256|sm2", Description = "签名算法：p256（ECDSA P-256/SHA-256，默认）或 sm2（SM2/SM3 国密）/ p256 (default) or sm2", DefaultValueFactory = _ => "p256" };
        algorithm.AcceptOnlyFromAmong("p256", "sm2");
        var name = new Option<string?>("--name") { HelpName = "NAME", Description = "文件名前缀（默认 catalog-signing）：写出 NAME.key.pem 与 NAME.pub.pem / file name prefix (default catalog-signing)" };
        var command = new Command("keygen", "生成签名密钥对（ECDSA P-256 或 SM2）/ make a signing key pair (P-256 or SM2)") { output, force, algorithm, name };
        command.SetAction(parse =>
        {
            var zh = CommonOptions.LangOf(parse) == Core.Diagnostics.Lang.Zh;
            var dir = Path.GetFullPath(parse.GetValue(output)!);
            var prefix = parse.GetValue(name);
            if (prefix is not null && (prefix.Length == 0 || prefix.IndexOfAny(['/', '\\', ':']) >= 0 || prefix.StartsWith('.')))
            {
                console.Error.WriteLine(zh ? $"--name 只能是文件名前缀，不能含 / \\ : 或以 . 开头：{prefix}" : $"--name must be a plain file name prefix: {prefix}");
                return ExitCodes.CannotRun;
            }
            var privatePath = Path.Combine(dir, prefix is null ? ManifestSigner.PrivateKeyFile : prefix + ".key.pem");
            var publicPath = Path.Combine(dir, prefix is null ? ManifestSigner.PublicKeyFile : prefix + ".pub.pem");
            if (!parse.GetValue(force) && (File.Exists(privatePath) || File.Exists(publicPath)))
            {
                console.Error.WriteLine(zh ? $"{dir} 中已有密钥；要替换请加 --force" : $"keys already exist in {dir}; add --force to replace them");
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
            console.Out.WriteLine(zh
                ? $"算法：{shown}\n密钥 ID：{keyId}\n私钥：{privatePath}（妥善保管，不要提交到仓库，不会进入发布包）\n公钥：{publicPath}（写入根元数据：catalog root --key 角色={Path.GetFileName(publicPath)}；或交给各渠道用于 verify-bundle --key）"
                : $"algorithm: {shown}\nkey ID: {keyId}\nprivate key: {privatePath} (keep it secret, never commit it; it never enters a bundle)\npublic key: {publicPath} (list it in root metadata: catalog root --key ROLE={Path.GetFileName(publicPath)}; or give it to channels for verify-bundle --key)");
            return ExitCodes.Ok;
        });
        return command;
    }
}

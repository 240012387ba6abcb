using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Cli.Commands.VerifyBundle;

/// <summary>`catalog verify-bundle DIR --key PUBLIC [--last-accepted MANIFEST]`: what a channel checks before showing a bundle.</summary>
public static class VerifyBundleCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var dir = new Argument<string>("DIR") { Description = "某渠道的发布包文件夹，或包含各渠道子文件夹的发布文件夹 / a channel bundle or a publish folder" };
        var key = new Option<string>("--key") { HelpName = "FILE", Description = "发布方公钥 PEM 文件 / the publisher's public key (PEM)", Required = true };
        var last = new Option<string?>("--last-accepted") { HelpName = "FILE", Description = "渠道上次接受的 manifest.json（防止版本回退）/ the channel's last accepted manifest (rollback check)" };
        var command = new Command("verify-bundle", "校验发布包：签名、有效期、版本回退、文件完整性 / verify a bundle") { dir, key, last };
        command.SetAction(parse =>
        {
            var l = CommonOptions.LangOf(parse);
            var zh = l == Lang.Zh;
            var keyFile = parse.GetValue(key)!;
            if (!File.Exists(keyFile))
            {
                console.Error.WriteLine(zh ? $"找不到公钥文件『{keyFile}』" : $"public key file '{keyFile}' not found");
                return ExitCodes.CannotRun;
            }
            using var publicKey = ManifestSigner.LoadPublic(File.ReadAllText(keyFile), out var keyError);
            if (publicKey is null)
            {
                console.Error.WriteLine(zh ? $"公钥无效：{keyError}" : $"invalid public key: {keyError}");
                return ExitCodes.CannotRun;
            }
            BundleManifest? lastAccepted = null;
            var lastFile = parse.GetValue(last);
            if (lastFile is not null)
            {
                lastAccepted = File.Exists(lastFile) ? BundleManifest.Parse(File.ReadAllBytes(lastFile), out _) : null;
                if (lastAccepted is null)
                {
                    console.Error.WriteLine(zh ? $"无法读取上次接受的清单『{lastFile}』" : $"cannot read the last accepted manifest '{lastFile}'");
                    return ExitCodes.CannotRun;
                }
            }
            var bundles = BundleVerifier.BundlesIn(Path.GetFullPath(parse.GetValue(dir)!));
            if (bundles.Count == 0)
            {
                console.Error.WriteLine(zh ? $"『{parse.GetValue(dir)}』中没有发布包（manifest.json）" : $"no bundle (manifest.json) in '{parse.GetValue(dir)}'");
                return ExitCodes.Findings;
            }
            var failed = false;
            foreach (var bundle in bundles)
            {
                var result = BundleVerifier.Verify(bundle, publicKey, lastAccepted is not null && bundles.Count > 1 && Path.GetFileName(bundle) != lastAccepted.Channel ? null : lastAccepted, clock);
                var name = result.Manifest?.Channel ?? Path.GetFileName(bundle);
                if (result.Accepted)
                {
                    console.Out.WriteLine(zh
                        ? $"✓ {name}：签名有效，版本 {result.Manifest!.BundleVersion}，有效期至 {result.Manifest.ValidUntil}，{result.Manifest.Files.Count} 个文件完整"
                        : $"✓ {name}: signature valid, version {result.Manifest!.BundleVersion}, valid until {result.Manifest.ValidUntil}, {result.Manifest.Files.Count} files intact");
                    continue;
                }
                failed = true;
                console.Out.WriteLine(zh ? $"✗ {name}：{result.Problems.Count} 个问题，渠道必须拒绝该发布包" : $"✗ {name}: {result.Problems.Count} problems; channels must refuse this bundle");
                foreach (var p in result.Problems) console.Out.WriteLine($"  [{p.Kind}] {p.Message(l)}");
            }
            return failed ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}

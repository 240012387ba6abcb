using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.VerifyBundle;

/// <summary>
/// `catalog verify-bundle DIR (--key PUBLIC | --root ROOT.json [--state DIR]) [--channel NAME] [--last-accepted PATH [--record]]`: what a
/// channel checks before showing a bundle. The folder named is trusted as a starting point; nothing
/// below it is (see <see cref="BundleVerifier"/>). The rollback check is keyed by the channel named in
/// the signed manifest, and only an accepted bundle is recorded as last accepted. With --root, the
/// manifest is trusted through the trust metadata of the publish folder (<see cref="TrustUpdater"/>:
/// root rotations, timestamp, snapshot, the channel's targets metadata) instead of manifest.sig.
/// </summary>
public static class VerifyBundleCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var dir = new Argument<string>("DIR") { Description = "某渠道的发布包文件夹，或包含各渠道子文件夹的发布文件夹 / a channel bundle or a publish folder" };
        var key = new Option<string>("--key") { HelpName = "FILE", Description = "发布方公钥 PEM 文件（校验 manifest.sig）/ the publisher's public key (PEM), for manifest.sig" };
        var rootOption = new Option<string?>("--root") { HelpName = "ROOT.json", Description = "渠道信任的根元数据（N.root.json）：按信任元数据校验（轮换、阈值、时效、版本）/ the root metadata the channel trusts: verify through the trust metadata" };
        var channel = new Option<string?>("--channel") { HelpName = "web|mobile|kiosk", Description = "该文件夹服务的渠道（web|mobile|kiosk；默认取文件夹名）/ the channel this folder serves (default: the folder's name)" };
        var last = new Option<string?>("--last-accepted") { HelpName = "FILE|DIR", Description = "渠道上次接受的 manifest.json，或按渠道存放的文件夹 CHANNEL/manifest.json（防止版本回退）/ the last accepted manifest, or a folder of CHANNEL/manifest.json" };
        var record = new Option<bool>("--record") { Description = "接受后把该发布包的清单记为上次接受的（写入 --last-accepted）/ record an accepted bundle's manifest as the last accepted" };
        var stateOption = new Option<string?>("--state") { HelpName = "DIR", Description = "与 --root 同用：保存上次接受的根与各元数据版本的文件夹，跨次运行拒绝版本回退（与 pull 的 .pull/trust/ 相同）/ with --root: a folder keeping the last trusted root and versions, so a rollback across runs is refused" };
        var command = new Command("verify-bundle", "校验发布包：签名、渠道、有效期、版本回退、文件完整性 / verify a bundle") { dir, key, channel, last, record, rootOption, stateOption };
        command.SetAction(parse =>
        {
            var l = CommonOptions.LangOf(parse);
            var zh = l == Lang.Zh;
            var keyFile = parse.GetValue(key);
            var rootFile = parse.GetValue(rootOption);
            if (keyFile is null && rootFile is null)
            {
                console.Error.WriteLine(Messages.Text(l, "verifybundle.passKeyThePublisherS"));
                return ExitCodes.CannotRun;
            }
            if (keyFile is not null && !File.Exists(keyFile))
            {
                console.Error.WriteLine(Messages.Format(l, "verifybundle.publicKeyFileNotFound", ("keyFile", keyFile)));
                return ExitCodes.CannotRun;
            }
            string? keyError = null;
            using var publicKey = keyFile is null ? null : ManifestSigner.LoadPublic(File.ReadAllText(keyFile), out keyError);
            if (keyFile is not null && publicKey is null)
            {
                console.Error.WriteLine(Messages.Format(l, "verifybundle.invalidPublicKey", ("keyError", keyError)));
                return ExitCodes.CannotRun;
            }
            if (rootFile is not null && !File.Exists(rootFile))
            {
                console.Error.WriteLine(Messages.Format(l, "verifybundle.rootMetadataFileNotFound", ("rootFile", rootFile)));
                return ExitCodes.CannotRun;
            }
            var stateDir = parse.GetValue(stateOption);
            if (stateDir is not null && rootFile is null)
            {
                console.Error.WriteLine(zh ? "--state 需要 --root（按信任元数据校验时才有可保存的版本）" : "--state needs --root (only trust metadata has versions to keep)");
                return ExitCodes.CannotRun;
            }
            if (stateDir is not null && File.Exists(stateDir))
            {
                console.Error.WriteLine(zh ? $"--state 应为文件夹，『{stateDir}』是文件" : $"--state must be a folder; '{stateDir}' is a file");
                return ExitCodes.CannotRun;
            }
            var stateStore = stateDir is null ? null : new TrustStateStore(stateDir);
            var role = parse.GetValue(channel);
            if (role is not null && !ChannelRegistry.Names.Contains(role))
            {
                console.Error.WriteLine(Messages.Format(l, "verifybundle.unknownChannelChooseWebMobile", ("role", role)));
                return ExitCodes.CannotRun;
            }
            var lastPath = parse.GetValue(last);
            var store = LastAcceptedStore.Open(lastPath, parse.GetValue(record), out var storeError);
            if (store is null && lastPath is not null)
            {
                console.Error.WriteLine(zh ? $"无法读取上次接受的清单『{lastPath}』：{storeError?.Zh}" : $"cannot read the last accepted manifest '{lastPath}': {storeError?.En}");
                return ExitCodes.CannotRun;
            }
            if (parse.GetValue(record) && lastPath is null)
            {
                console.Error.WriteLine(Messages.Text(l, "verifybundle.recordNeedsLastAcceptedTo"));
                return ExitCodes.CannotRun;
            }

            // The folder named on the command line is where trust starts (it may be a link, e.g. "current");
            // below it nothing is followed.
            var given = Path.GetFullPath(parse.GetValue(dir)!);
            var start = Directory.Exists(given) ? new DirectoryInfo(given).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? given : given;
            var bundles = BundleVerifier.BundlesIn(start);
            if (bundles.Count == 0)
            {
                console.Error.WriteLine(Messages.Format(l, "verifybundle.noBundleManifestJsonIn", ("dir", parse.GetValue(dir))));
                return ExitCodes.Findings;
            }
            var timings = PhaseTimings.FromEnvironment(console);
            var single = bundles.Count == 1;
            var failed = false;
            TrustUpdate? trust = null;
            if (rootFile is not null)
            {
                // The publish folder holds metadata/ beside the channel folders; a single channel folder's parent does.
                var publishFolder = File.Exists(Path.Combine(start, BundleManifest.FileName)) ? Path.GetDirectoryName(start)! : start;
                var channelNames = bundles.Select(b => single ? role ?? BundleVerifier.RoleOf(given) ?? Path.GetFileName(b) : Path.GetFileName(b)).ToList();
                trust = TrustCheck.Run(rootFile, publishFolder, channelNames, stateStore, clock, console, l);
                timings?.Mark("trust");
                if (trust is null || !trust.Accepted) return ExitCodes.Findings;
            }
            foreach (var bundle in bundles)
            {
                var options = new VerifyOptions
                {
                    // A single bundle's role is --channel or the name it was given by; in a publish folder, each sub-folder's name.
                    Role = single ? role ?? BundleVerifier.RoleOf(given) : BundleVerifier.RoleOf(bundle),
                    LastAccepted = store?.Manifests ?? new Dictionary<string, BundleManifest>(),
                    LastAcceptedMustMatch = single && store is { IsSingleFile: true, Manifests.Count: > 0 },
                };
                var result = BundleVerifier.Verify(bundle, publicKey, clock, options);
                if (trust is not null)
                {
                    var channelName = options.Role ?? Path.GetFileName(bundle);
                    var manifestPath = Path.Combine(bundle, BundleManifest.FileName);
                    var relative = $"{channelName}/{BundleManifest.FileName}";
                    if (trust.CheckManifest(channelName, File.ReadAllBytes(manifestPath), relative) is { } mismatch)
                    {
                        result = result with { Problems = [new BundleProblem(BundleProblemKind.BadSignature, relative, $"[{mismatch.Rule.Id}] {mismatch.FullMessage(Lang.Zh)}", $"[{mismatch.Rule.Id}] {mismatch.FullMessage(Lang.En)}"), .. result.Problems] };
                    }
                }
                timings?.Mark("verify " + Path.GetFileName(bundle));
                var name = Display.Escape(result.Manifest?.Channel ?? Path.GetFileName(bundle));
                if (result.Accepted)
                {
                    console.Out.WriteLine(Messages.Format(l, "verifybundle.accepted", ("name", name),
                        ("how", trust is null
                            ? Messages.Text(l, "verifybundle.signatureValid")
                            : Messages.Format(l, "verifybundle.trustMetadataValid", ("rootVersion", trust.Root.Root.Version), ("timestampVersion", trust.Timestamp!.Version), ("expires", $"{trust.Timestamp.Expires.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}"))),
                        ("version", result.Manifest!.BundleVersion), ("validUntil", result.Manifest.ValidUntil), ("files", result.Manifest.Files.Count)));
                    if (options.Role is null)
                    {
                        console.Error.WriteLine(Messages.Text(l, "verifybundle.noteTheFolderSName"));
                    }
                    if (store is not null && parse.GetValue(record))
                    {
                        store.Record(result);
                        console.Out.WriteLine(Messages.Format(l, "verifybundle.recordedAsChannelSLast", ("name", name)));
                    }
                    continue;
                }
                failed = true;
                console.Out.WriteLine(Messages.Format(l, "verifybundle.problemsChannelsMustRefuseThis", ("name", name), ("problems", result.Problems.Count)));
                foreach (var p in result.Problems) console.Out.WriteLine($"  [{p.Kind}] {p.Message(l)}");
            }
            if (!failed && trust is not null && stateStore is not null)
            {
                stateStore.Save(trust);
                console.Out.WriteLine(zh
                    ? $"  已在『{stateStore.Folder}』记下受信任的版本（时间戳第 {trust.Timestamp!.Version} 版，快照第 {trust.Snapshot!.Version} 版）"
                    : $"  recorded the trusted versions in '{stateStore.Folder}' (timestamp version {trust.Timestamp!.Version}, snapshot version {trust.Snapshot!.Version})");
            }
            return failed ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}

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
        var dir = new Argument<string>("DIR") { Description = Bilingual.Of(new("verifybundle.dirHelp")) };
        var key = new Option<string>("--key") { HelpName = "FILE", Description = Bilingual.Of(new("verifybundle.keyHelp")) };
        var rootOption = new Option<string?>("--root") { HelpName = "ROOT.json", Description = Bilingual.Of(new("verifybundle.rootHelp")) };
        var channel = new Option<string?>("--channel") { HelpName = "web|mobile|kiosk", Description = Bilingual.Of(new("verifybundle.channelHelp")) };
        var last = new Option<string?>("--last-accepted") { HelpName = "FILE|DIR", Description = Bilingual.Of(new("verifybundle.lastAcceptedHelp")) };
        var record = new Option<bool>("--record") { Description = Bilingual.Of(new("verifybundle.recordHelp")) };
        var stateOption = new Option<string?>("--state") { HelpName = "DIR", Description = Bilingual.Of(new("verifybundle.stateHelp")) };
        var command = new Command("verify-bundle", Bilingual.Of(new("verifybundle.help"))) { dir, key, channel, last, record, rootOption, stateOption };
        command.SetAction(parse =>
        {
            var l = CommonOptions.LangOf(parse);
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
            MessageText? keyError = null;
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
                console.Error.WriteLine(Messages.Text(l, "verifybundle.stateNeedsRoot"));
                return ExitCodes.CannotRun;
            }
            if (stateDir is not null && File.Exists(stateDir))
            {
                console.Error.WriteLine(Messages.Format(l, "verifybundle.stateIsAFile", ("stateDir", stateDir)));
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
                console.Error.WriteLine(Messages.Format(l, "verifybundle.cannotReadLastAccepted", ("lastPath", lastPath), ("error", storeError)));
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
                        result = result with { Problems = [new BundleProblem(BundleProblemKind.BadSignature, relative, Publishing.Trust.TrustFindings.Tagged(mismatch)), .. result.Problems] };
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
                console.Out.WriteLine(Messages.Format(l, "verifybundle.recordedTrustedVersions", ("folder", stateStore.Folder), ("timestamp", trust.Timestamp!.Version), ("snapshot", trust.Snapshot!.Version)));
            }
            return failed ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}

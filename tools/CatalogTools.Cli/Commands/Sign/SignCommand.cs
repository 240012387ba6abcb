using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.Sign;

/// <summary>
/// `catalog sign METADATA --key KEY.pem`: adds one signature (per key given) to prepared trust metadata
/// — a new root, or a channel's targets metadata waiting for officials — on whatever machine holds the
/// key; the other signatures are kept. Then says how many valid signatures the file has of how many its
/// root requires, when the root is beside it.
/// </summary>
public static class SignCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("METADATA") { Description = Bilingual.Of(new("sign.metadataHelp")) };
        var key = new Option<string[]>("--key") { HelpName = "FILE", Description = Bilingual.Of(new("sign.keyHelp")), Required = true };
        var command = new Command("sign", Bilingual.Of(new("sign.help"))) { file, key };
        command.SetAction(parse =>
        {
            var lang = CommonOptions.LangOf(parse);
            var path = parse.GetValue(file)!;
            var keys = KeyFiles.Load(parse.GetValue(key)!, console, lang);
            if (keys is null) return ExitCodes.CannotRun;
            var metadata = MetadataFolder.Read(path, out var error);
            if (metadata is null || metadata.Type is not ({ } type) || !RoleNames.All.Contains(type))
            {
                console.Error.WriteLine(Messages.Format(lang, "sign.notTrustMetadata", ("path", path), ("error", error ?? new MessageText("sign.typeIsNotARole"))));
                return ExitCodes.CannotRun;
            }
            var released = ReleasedTargets(path, type);
            if (released is not null)
            {
                console.Error.WriteLine(Messages.Format(lang, "sign.wasReleasedBySnapshotWhich", ("path", path), ("released", released)));
                return ExitCodes.CannotRun;
            }
            foreach (var k in keys) metadata.Sign(k);
            MetadataFolder.WriteAtomically(path, metadata.ToBytes());
            foreach (var k in keys) console.Out.WriteLine(Messages.Format(lang, "sign.signedKey", ("path", path), ("type", type), ("keyId", k.KeyId)));
            foreach (var line in Status(path, type, metadata, lang)) console.Out.WriteLine(line);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>For a targets file inside a publish folder (metadata/CHANNEL/V.targets.json) that a snapshot lists: that snapshot's file name; else null.</summary>
    private static string? ReleasedTargets(string path, string type)
    {
        if (type != RoleNames.Targets) return null;
        var full = Path.GetFullPath(path);
        var channelFolder = Path.GetDirectoryName(full)!;
        var metadata = Path.GetDirectoryName(channelFolder)!;
        if (Path.GetFileName(metadata) != RepositoryLayout.MetadataFolder) return null;
        var name = Path.GetFileName(full);
        if (!long.TryParse(name.Split('.')[0], out var version)) return null;
        var output = Path.GetDirectoryName(metadata)!;
        return TrustPublisher.Released(output, Path.GetFileName(channelFolder), version) ? RepositoryLayout.SnapshotFile(MetadataFolder.Versions(metadata, "snapshot.json")[^1]) : null;
    }

    /// <summary>How far the file is from its threshold: a root against itself and the version before it; other roles against the newest root near them.</summary>
    private static IEnumerable<string> Status(string path, string type, SignedMetadata metadata, Lang lang)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var roots = new List<(string Label, RootMetadata Root)>();
        try
        {
            if (type == RoleNames.Root)
            {
                var self = RootMetadata.FromJson(metadata.Signed);
                roots.Add((Messages.Format(lang, "sign.thisRootVersion", ("version", self.Version)), self));
                var before = MetadataFolder.Read(Path.Combine(folder, $"{self.Version - 1}.root.json"), out _);
                if (before is not null) roots.Add((Messages.Format(lang, "sign.thePreviousRootVersion", ("version", self.Version - 1)), RootMetadata.FromJson(before.Signed)));
            }
            else
            {
                var metadataFolder = type == RoleNames.Targets ? Path.GetDirectoryName(folder)! : folder;
                var versions = MetadataFolder.Versions(metadataFolder, "root.json");
                if (versions.Count > 0)
                {
                    var newest = MetadataFolder.Read(Path.Combine(metadataFolder, $"{versions[^1]}.root.json"), out _);
                    if (newest is not null) roots.Add((Messages.Format(lang, "sign.rootVersion", ("version", versions[^1])), RootMetadata.FromJson(newest.Signed)));
                }
            }
        }
        catch (MetadataFormatException)
        {
            yield break;
        }
        foreach (var (label, root) in roots)
        {
            var valid = SignatureCheck.ValidCount(metadata, root, type);
            var need = root.Roles[type].Threshold;
            yield return Messages.Format(lang, "sign.validSignatures", ("label", label), ("type", type), ("valid", valid), ("need", need),
                ("state", Messages.Text(lang, valid >= need ? "sign.enoughSignatures" : "sign.moreSignaturesNeeded")));
        }
    }
}

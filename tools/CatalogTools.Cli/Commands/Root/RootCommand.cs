using System.CommandLine;
using System.Globalization;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.Root;

/// <summary>
/// `catalog root DIR --key ROLE=PUB.pem … [--threshold ROLE=N …] [--expires-days D]`: writes the next
/// root version, unsigned, into the trust folder DIR (1.root.json when it is empty). Roles named with
/// --key get exactly those keys (a rotation); roles not named keep the previous version's keys and
/// threshold. The holders then sign it with `catalog sign` (old root keys and new), offline.
/// </summary>
public static class RootCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var dir = new Argument<string>("DIR") { Description = Bilingual.Of(new("root.dirHelp")) };
        var key = new Option<string[]>("--key") { HelpName = "ROLE=FILE", Description = Bilingual.Of(new("root.keyHelp")) };
        var threshold = new Option<string[]>("--threshold") { HelpName = "ROLE=N", Description = Bilingual.Of(new("root.thresholdHelp")) };
        var expiresDays = new Option<int>("--expires-days") { HelpName = "DAYS", Description = Bilingual.Of(new("root.expiresDaysHelp")), DefaultValueFactory = _ => 365 };
        var command = new Command("root", Bilingual.Of(new("root.help"))) { dir, key, threshold, expiresDays };
        command.SetAction(parse =>
        {
            var lang = CommonOptions.LangOf(parse);
            var folder = parse.GetValue(dir)!;
            var days = parse.GetValue(expiresDays);
            if (days is < 1 or > 3660)
            {
                console.Error.WriteLine(Messages.Text(lang, "root.expiresDaysMustBeBetween"));
                return ExitCodes.CannotRun;
            }
            var roleKeys = new Dictionary<string, List<TrustKey>>(StringComparer.Ordinal);
            foreach (var pair in parse.GetValue(key) ?? [])
            {
                var (role, file) = Split(pair);
                if (role is null || !RoleNames.All.Contains(role))
                {
                    console.Error.WriteLine(Messages.Format(lang, "root.keyMustBeRoleFile", ("pair", pair)));
                    return ExitCodes.CannotRun;
                }
                if (!File.Exists(file))
                {
                    console.Error.WriteLine(Messages.Format(lang, "root.publicKeyFileNotFound", ("file", file)));
                    return ExitCodes.CannotRun;
                }
                var text = File.ReadAllText(file);
                // A private key file gives its public half: the private part never enters the root.
                var trustKey = TrustKey.FromPem(text, out var error) ?? SigningKey.FromPem(text, out _)?.Public;
                if (trustKey is null)
                {
                    console.Error.WriteLine(Messages.Format(lang, "root.invalidPublicKey", ("file", file), ("error", error)));
                    return ExitCodes.CannotRun;
                }
                if (!roleKeys.TryGetValue(role, out var list)) roleKeys[role] = list = [];
                if (list.All(k => k.KeyId != trustKey.KeyId)) list.Add(trustKey);
            }
            var thresholds = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var pair in parse.GetValue(threshold) ?? [])
            {
                var (role, value) = Split(pair);
                if (role is null || !RoleNames.All.Contains(role) || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                {
                    console.Error.WriteLine(Messages.Format(lang, "root.thresholdMustBeRolePositive", ("pair", pair)));
                    return ExitCodes.CannotRun;
                }
                thresholds[role] = n;
            }

            var versions = MetadataFolder.Versions(folder, "root.json");
            RootMetadata? previous = null;
            if (versions.Count > 0)
            {
                var file = Path.Combine(folder, $"{versions[^1]}.root.json");
                try
                {
                    previous = MetadataFolder.Read(file, out var error) is { } signed ? RootMetadata.FromJson(signed.Signed) : throw new MetadataFormatException(error!);
                }
                catch (MetadataFormatException e)
                {
                    console.Error.WriteLine(Messages.Format(lang, "root.thePreviousRootCannotBe", ("file", file), ("message", e.Reason)));
                    return ExitCodes.CannotRun;
                }
            }
            var keys = new Dictionary<string, TrustKey>(StringComparer.Ordinal);
            var roles = new Dictionary<string, RoleKeys>(StringComparer.Ordinal);
            foreach (var role in RoleNames.All)
            {
                IReadOnlyList<TrustKey> chosen;
                if (roleKeys.TryGetValue(role, out var given)) chosen = given;
                else if (previous is not null) chosen = previous.KeysOf(role).ToList();
                else
                {
                    console.Error.WriteLine(Messages.Format(lang, "root.theFirstRootNeedsKeys", ("role", role)));
                    return ExitCodes.CannotRun;
                }
                var n = thresholds.TryGetValue(role, out var t) ? t : roleKeys.ContainsKey(role) || previous is null ? 1 : previous.Roles[role].Threshold;
                if (n > chosen.Count)
                {
                    console.Error.WriteLine(Messages.Format(lang, "root.roleThresholdExceedsItsKeys", ("role", role), ("n", n), ("chosen", chosen.Count)));
                    return ExitCodes.CannotRun;
                }
                foreach (var k in chosen) keys[k.KeyId] = k;
                roles[role] = new RoleKeys(chosen.Select(k => k.KeyId).ToList(), n);
            }
            var version = (previous?.Version ?? 0) + 1;
            var root = new RootMetadata(version, clock.GetUtcNow().AddDays(days), keys, roles);
            var target = Path.Combine(folder, $"{version}.root.json");
            MetadataFolder.WriteAtomically(target, new SignedMetadata(root.ToJson()).ToBytes());
            console.Out.WriteLine(Messages.Format(lang, "root.wroteUnsignedRootMetadataVersion", ("target", target), ("version", version)));
            foreach (var role in RoleNames.All)
            {
                console.Out.WriteLine($"  {role}: {roles[role].Threshold}/{roles[role].KeyIds.Count} — {string.Join(", ", roles[role].KeyIds.Select(k => k[..12]))}");
            }
            console.Out.WriteLine(previous is null
                ? Messages.Format(lang, "root.nextSignFirst", ("threshold", roles[RoleNames.Root].Threshold), ("target", target))
                : Messages.Format(lang, "root.nextSignRotation", ("oldVersion", previous.Version), ("oldThreshold", previous.Roles[RoleNames.Root].Threshold), ("threshold", roles[RoleNames.Root].Threshold), ("target", target)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (string? Role, string Value) Split(string pair)
    {
        var eq = pair.IndexOf('=');
        return eq <= 0 ? (null, pair) : (pair[..eq], pair[(eq + 1)..]);
    }
}

using System.Globalization;
using System.Security.Cryptography;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Channels;

namespace CatalogTools.Publishing.Bundles;

public enum BundleProblemKind
{
    ManifestMissing,
    ManifestInvalid,
    Unsigned,
    BadSignature,
    Expired,
    Rollback,
    WrongChannel,
    FileChanged,
    FileAdded,
    FileRemoved,
    Symlink,
    UnsafePath,
    DuplicateEntry,
    SizeMismatch,
    FromTheFuture,
    ValidityTooLong,
}

/// <summary>One reason a channel must refuse a bundle: a message the caller words in its language.</summary>
public sealed record BundleProblem(BundleProblemKind Kind, string? Path, MessageText Text)
{
    public string Message(Lang lang) => Text.In(lang);
}

/// <summary>The outcome of verifying one channel's bundle: its manifest (when readable) and every problem.</summary>
public sealed record BundleVerification(string Directory, BundleManifest? Manifest, IReadOnlyList<BundleProblem> Problems)
{
    public bool Accepted => Problems.Count == 0;

    /// <summary>The manifest's bytes as verified (what a channel records as last accepted, not what is on disk later).</summary>
    public byte[]? ManifestBytes { get; init; }
}

/// <summary>What a verification is checked against besides the key and the clock.</summary>
public sealed record VerifyOptions
{
    /// <summary>The channel the folder serves (--channel, or the folder's name when it names a channel); null: not known.</summary>
    public string? Role { get; init; }

    /// <summary>The last accepted manifest of each channel, by the channel named in it (never by folder name).</summary>
    public IReadOnlyDictionary<string, BundleManifest> LastAccepted { get; init; } = new Dictionary<string, BundleManifest>();

    /// <summary>True when the one last accepted manifest given must be of this bundle's channel (a single bundle checked against a single manifest).</summary>
    public bool LastAcceptedMustMatch { get; init; }

    /// <summary>How far ahead of the clock a source time (and so a version) may be: commits made on a machine whose clock is a little ahead.</summary>
    public TimeSpan ClockTolerance { get; init; } = TimeSpan.FromDays(1);
}

/// <summary>
/// What a channel does before showing a bundle, trusting nothing on disk: the signature over
/// manifest.json is valid for the publisher's public key; the manifest names a known channel and the
/// one the folder serves; it has not expired (freeze), does not claim a source time, version or expiry
/// beyond a bounded future (a bundle from the future would make every genuine one a rollback), and is
/// not older than the last accepted one of its channel (rollback); every path in it is a plain relative
/// path listed once; the folder holds exactly the files listed, none of them (nor any folder) a
/// symbolic link, each of the listed size and SHA-256.
/// </summary>
public static class BundleVerifier
{
    /// <summary>The longest validity a bundle may claim from now on; publish --valid-days has the same ceiling.</summary>
    public const int MaxValidityDays = 366;

    public static BundleVerification Verify(string directory, ECDsa publicKey, BundleManifest? lastAccepted, TimeProvider clock) =>
        Verify(directory, publicKey, clock, new VerifyOptions
        {
            Role = RoleOf(directory),
            LastAccepted = lastAccepted is null ? new Dictionary<string, BundleManifest>() : new Dictionary<string, BundleManifest> { [lastAccepted.Channel] = lastAccepted },
            LastAcceptedMustMatch = lastAccepted is not null,
        });

    /// <summary>The channel a folder serves by its name (web, mobile, kiosk), or null.</summary>
    public static string? RoleOf(string directory)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        return ChannelRegistry.Names.Contains(name) ? name : null;
    }

    /// <param name="publicKey">The publisher's key for manifest.sig; null when the manifest was verified otherwise (trust metadata: its SHA-256 is signed in the channel's targets metadata), and manifest.sig is then not read.</param>
    public static BundleVerification Verify(string directory, ECDsa? publicKey, TimeProvider clock, VerifyOptions options)
    {
        var problems = new List<BundleProblem>();
        if (new DirectoryInfo(directory).LinkTarget is not null)
        {
            problems.Add(Link(Path.GetFileName(directory)));
            return new BundleVerification(directory, null, problems);
        }
        var manifestFile = new FileInfo(Path.Combine(directory, BundleManifest.FileName));
        if (!manifestFile.Exists && manifestFile.LinkTarget is null)
        {
            problems.Add(new(BundleProblemKind.ManifestMissing, BundleManifest.FileName, new MessageText("bundle.fileMissing", ("file", BundleManifest.FileName))));
            return new BundleVerification(directory, null, problems);
        }
        var signatureFile = new FileInfo(Path.Combine(directory, BundleManifest.SignatureFileName));
        if (manifestFile.LinkTarget is not null || signatureFile.LinkTarget is not null)
        {
            if (manifestFile.LinkTarget is not null) problems.Add(Link(BundleManifest.FileName));
            if (signatureFile.LinkTarget is not null) problems.Add(Link(BundleManifest.SignatureFileName));
            return new BundleVerification(directory, null, problems);
        }
        var bytes = File.ReadAllBytes(manifestFile.FullName);
        if (publicKey is null)
        {
            // Checked by the caller against the trust metadata.
        }
        else if (!signatureFile.Exists)
        {
            problems.Add(new(BundleProblemKind.Unsigned, BundleManifest.SignatureFileName, new MessageText("bundle.unsigned")));
        }
        else if (signatureFile.Length > 4096 || !ManifestSigner.Verify(publicKey, bytes, File.ReadAllText(signatureFile.FullName)))
        {
            problems.Add(new(BundleProblemKind.BadSignature, BundleManifest.SignatureFileName, new MessageText("bundle.badSignature")));
        }
        var manifest = BundleManifest.Parse(bytes, out var error);
        if (manifest is null)
        {
            problems.Add(new(BundleProblemKind.ManifestInvalid, BundleManifest.FileName, new MessageText("bundle.manifestInvalid", ("error", error))));
            return new BundleVerification(directory, null, problems);
        }

        CheckChannel(manifest, options, problems);
        CheckTimes(manifest, clock.GetUtcNow(), options, problems);
        CheckRollback(manifest, options, problems);
        var listed = CheckEntries(manifest, problems);
        CheckFiles(directory, listed, problems);
        return new BundleVerification(directory, manifest, problems) { ManifestBytes = bytes };
    }

    private static void CheckChannel(BundleManifest manifest, VerifyOptions options, List<BundleProblem> problems)
    {
        var channel = Display.Escape(manifest.Channel);
        if (!ChannelRegistry.Names.Contains(manifest.Channel))
        {
            problems.Add(new(BundleProblemKind.WrongChannel, BundleManifest.FileName,
                new MessageText("bundle.unknownChannel", ("channel", channel))));
        }
        else if (options.Role is { } role && role != manifest.Channel)
        {
            problems.Add(new(BundleProblemKind.WrongChannel, BundleManifest.FileName,
                new MessageText("bundle.wrongFolder", ("channel", channel), ("role", role))));
        }
    }

    private static void CheckTimes(BundleManifest manifest, DateTimeOffset now, VerifyOptions options, List<BundleProblem> problems)
    {
        var validText = Display.Escape(manifest.ValidUntil);
        if (!TryTime(manifest.ValidUntil, out var validUntil) || now > validUntil)
        {
            problems.Add(new(BundleProblemKind.Expired, BundleManifest.FileName,
                new MessageText("bundle.expired", ("validUntil", validText), ("now", BundleManifest.Iso(now)))));
        }
        else if (validUntil > now.AddDays(MaxValidityDays) + options.ClockTolerance)
        {
            problems.Add(new(BundleProblemKind.ValidityTooLong, BundleManifest.FileName,
                new MessageText("bundle.validityTooLong", ("validUntil", validText), ("days", MaxValidityDays))));
        }
        var latest = now + options.ClockTolerance;
        var latestVersion = long.Parse(latest.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var sourceFuture = !TryTime(manifest.SourceTime, out var sourceTime) || sourceTime > latest;
        if (sourceFuture || manifest.BundleVersion > latestVersion)
        {
            problems.Add(new(BundleProblemKind.FromTheFuture, BundleManifest.FileName,
                new MessageText("bundle.fromTheFuture", ("version", manifest.BundleVersion), ("sourceTime", Display.Escape(manifest.SourceTime)),
                    ("now", BundleManifest.Iso(now)), ("hours", options.ClockTolerance.TotalHours.ToString("0", CultureInfo.CurrentCulture)))));
        }
    }

    private static void CheckRollback(BundleManifest manifest, VerifyOptions options, List<BundleProblem> problems)
    {
        if (options.LastAccepted.TryGetValue(manifest.Channel, out var last))
        {
            if (manifest.BundleVersion < last.BundleVersion)
            {
                problems.Add(new(BundleProblemKind.Rollback, BundleManifest.FileName,
                    new MessageText("bundle.rollback", ("version", manifest.BundleVersion), ("accepted", last.BundleVersion))));
            }
        }
        else if (options.LastAcceptedMustMatch && options.LastAccepted.Count > 0)
        {
            var expected = Display.Escape(options.LastAccepted.Keys.First());
            problems.Add(new(BundleProblemKind.WrongChannel, BundleManifest.FileName,
                new MessageText("bundle.otherChannelAccepted", ("channel", Display.Escape(manifest.Channel)), ("expected", expected))));
        }
    }

    /// <summary>The manifest's file entries by path: each path plain, relative and listed once; each item code listed once.</summary>
    private static Dictionary<string, ManifestFile> CheckEntries(BundleManifest manifest, List<BundleProblem> problems)
    {
        var listed = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
        foreach (var f in manifest.Files)
        {
            var shown = Display.Escape(f.Path);
            if (!BundlePath.IsSafeRelative(f.Path) || f.Path is BundleManifest.FileName or BundleManifest.SignatureFileName)
            {
                problems.Add(new(BundleProblemKind.UnsafePath, f.Path, new MessageText("bundle.unsafePath", ("path", shown))));
                continue;
            }
            if (!listed.TryAdd(f.Path, f))
            {
                problems.Add(new(BundleProblemKind.DuplicateEntry, f.Path, new MessageText("bundle.fileListedTwice", ("path", shown))));
            }
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in manifest.Items)
        {
            if (!codes.Add(item.Code))
            {
                var shown = Display.Escape(item.Code);
                problems.Add(new(BundleProblemKind.DuplicateEntry, BundleManifest.FileName, new MessageText("bundle.itemListedTwice", ("code", shown))));
            }
        }
        return listed;
    }

    /// <summary>Walks the folder without following a link: every file present is listed, of the listed size and hash; every listed file is present.</summary>
    private static void CheckFiles(string directory, Dictionary<string, ManifestFile> listed, List<BundleProblem> problems)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        var folders = new Stack<(DirectoryInfo Folder, string Prefix)>();
        folders.Push((new DirectoryInfo(directory), ""));
        while (folders.Count > 0)
        {
            var (folder, prefix) = folders.Pop();
            foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = prefix + entry.Name;
                if (relative is BundleManifest.FileName or BundleManifest.SignatureFileName) continue;
                if (entry.LinkTarget is not null)
                {
                    problems.Add(Link(relative));
                    present.Add(relative); // a listed file replaced by a link is reported as the link, not also as missing
                    continue;
                }
                if (entry is DirectoryInfo sub)
                {
                    folders.Push((sub, relative + "/"));
                    continue;
                }
                present.Add(relative);
                var shown = Display.Escape(relative);
                if (!listed.TryGetValue(relative, out var expected))
                {
                    problems.Add(new(BundleProblemKind.FileAdded, relative, new MessageText("bundle.fileAdded", ("path", shown))));
                    continue;
                }
                var size = ((FileInfo)entry).Length;
                if (size != expected.Size)
                {
                    problems.Add(new(BundleProblemKind.SizeMismatch, relative, new MessageText("bundle.sizeMismatch", ("size", size), ("listed", expected.Size), ("path", shown))));
                    continue;
                }
                string hash;
                using (var stream = new FileStream(entry.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
                {
                    hash = Convert.ToHexStringLower(SHA256.HashData(stream));
                }
                if (hash != expected.Sha256)
                {
                    problems.Add(new(BundleProblemKind.FileChanged, relative, new MessageText("bundle.fileChanged", ("path", shown))));
                }
            }
        }
        foreach (var path in listed.Keys.Where(p => !present.Contains(p)).Order(StringComparer.Ordinal))
        {
            problems.Add(new(BundleProblemKind.FileRemoved, path, new MessageText("bundle.fileRemoved", ("path", path))));
        }
    }

    private static BundleProblem Link(string relative)
    {
        var shown = Display.Escape(relative);
        return new(BundleProblemKind.Symlink, relative, new MessageText("bundle.symlink", ("path", shown)));
    }

    private static bool TryTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);

    /// <summary>The channel folders under <paramref name="directory"/>: itself when it holds a manifest, else its sub-folders that do (links included, so they are refused, not skipped).</summary>
    public static IReadOnlyList<string> BundlesIn(string directory)
    {
        if (File.Exists(Path.Combine(directory, BundleManifest.FileName))) return [directory];
        return Directory.Exists(directory)
            ? Directory.EnumerateDirectories(directory).Where(d => !Path.GetFileName(d).StartsWith('.') && File.Exists(Path.Combine(d, BundleManifest.FileName))).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using CatalogTools.Core.Writing;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// The one way a channel's next bundle is made, in the stage that <see cref="FolderSwitch"/> then puts in
/// place: a change plan applied to a base bundle. The plan is fed as the channel renders — files put
/// (added or replaced), files removed, item entries set or removed — and <see cref="Commit"/> completes
/// the stage: every file of the base that the plan neither replaced nor removed gets a second name
/// (a hard link: no bytes copied, the live bundle never touched), and the manifest is the base
/// manifest's entry lines merged with the plan's entries (<see cref="ManifestPatch"/>), then signed.
/// A full publish is an update from an empty bundle: no base folder, no base entries, every file put.
/// An update may be built in the channel's spare instead (the version before the live one, kept by the
/// last switch): then only the files where the spare differs from the new version are touched — those
/// the live bundle's delta.json names and those this plan changes — each written or linked under a
/// temporary name and renamed over the spare's, never changed in place (<see cref="In"/>).
/// </summary>
internal sealed class BundleWriter
{
    private readonly string _staging;
    private readonly BundleBase _base;
    private readonly ConcurrentDictionary<string, ManifestFile?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ManifestItem?> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _createdDirs = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string>? _spareDiffers;

    /// <param name="staging">The empty folder the new version is built in.</param>
    /// <param name="base">The bundle being updated (<see cref="BundleBase.Empty"/> for a full publish).</param>
    public BundleWriter(string staging, BundleBase @base)
    {
        _staging = staging;
        _base = @base;
    }

    /// <param name="spare">The spare taken as the stage: it holds the version before the base's.</param>
    /// <param name="spareDiffers">Paths where the spare may differ from the base (the base's delta.json).</param>
    private BundleWriter(string spare, BundleBase @base, IReadOnlySet<string> spareDiffers) : this(spare, @base) => _spareDiffers = spareDiffers;

    /// <summary>
    /// The writer for channel <paramref name="name"/>'s next version inside <paramref name="change"/>. An
    /// update of the live folder keeps the live version as a spare after the switch, and is itself built in
    /// the spare when the spare is complete and the live bundle's delta.json leads from it to the live
    /// version; otherwise (a full publish, no spare, a damaged one) in a fresh stage.
    /// </summary>
    public static BundleWriter In(FolderSwitch change, string name, BundleBase @base)
    {
        if (@base.Folder is not { } live) return new BundleWriter(change.StageOf(name), @base);
        change.KeepSpare(name);
        if (change.SpareOf(name) is { } spare && SpareDelta.Between(spare, live) is { } differs) return new BundleWriter(change.TakeSpare(name), @base, differs);
        return new BundleWriter(change.StageOf(name), @base);
    }

    /// <summary>True when the new version is built in the spare (only what differs is touched).</summary>
    public bool InSpare => _spareDiffers is not null;

    /// <summary>Files written into the stage (the rest of the new version is linked from the base).</summary>
    public int Written => _written.Count;

    /// <summary>The base bundle's entry for a path, or null.</summary>
    public ManifestFile? Previous(string relative) => _base.File(relative);

    /// <summary>
    /// A file of the new version: its manifest entry is recorded, and its bytes are written unless the
    /// base holds the same bytes (then it is linked at commit). Safe to call from many threads.
    /// </summary>
    public ManifestFile Put(string relative, ReadOnlySpan<byte> bytes, string? input = null)
    {
        var entry = new ManifestFile(relative, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, input);
        var before = _base.File(relative);
        if (_base.Lines is null || before != entry) _files[relative] = entry;
        if (before?.Sha256 == entry.Sha256) return entry;
        var path = BundlePath.Resolve(_staging, relative);
        var dir = Path.GetDirectoryName(path)!;
        // GetOrAdd publishes the key only after a factory ran, so no thread writes before the folder exists.
        _createdDirs.GetOrAdd(dir, d => Directory.CreateDirectory(d).Exists);
        if (InSpare)
        {
            var temp = TempOf(path);
            if (File.Exists(temp)) File.Delete(temp);
            NewFile.Write(temp, bytes);
            MoveIn(temp, path);
        }
        else NewFile.Write(path, bytes);
        _written[relative] = true;
        return entry;
    }

    /// <summary>A file of the base kept as it is (its entry, bytes and input unchanged); returns its entry.</summary>
    public ManifestFile Keep(ManifestFile previous)
    {
        // Entries not named in the plan are copied from the base manifest's lines; without them the plan lists every entry.
        if (_base.Lines is null) _files[previous.Path] = previous;
        return previous;
    }

    /// <summary>A file of the base that the new version does not have.</summary>
    public void Remove(string relative)
    {
        if (_base.File(relative) is not null) _files[relative] = null;
    }

    public void SetItem(ManifestItem item) => _items[item.Code] = item;

    public void RemoveItem(string code) => _items[code] = null;

    /// <summary>Paths whose bytes differ from the base's (new or changed), in path order.</summary>
    public List<string> ChangedPaths() =>
        _files.Where(f => f.Value is { } now && (_base.File(f.Key) is not { } before || before.Sha256 != now.Sha256)).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>Paths of the base that the new version does not have, in path order.</summary>
    public List<string> RemovedPaths() => _files.Where(f => f.Value is null).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Completes the stage: links the base's unchanged files, writes manifest.json (header given,
    /// entries merged) and manifest.sig. Returns the manifest's SHA-256, entry counts and signature.
    /// </summary>
    public (byte[] Sha256, int Items, int Files, string? Signature) Commit(BundleManifest header, ECDsa? signingKey)
    {
        if (_base.Folder is { } folder)
        {
            var removed = _files.Where(f => f.Value is null).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
            if (_spareDiffers is { } differs) UpdateSpare(folder, differs, removed);
            else LinkUnchanged(folder, _written.Keys.ToHashSet(StringComparer.Ordinal), removed);
        }
        var items = new SortedDictionary<string, ManifestItem?>(_items, StringComparer.Ordinal);
        var files = _files.ToArray();
        Array.Sort(files, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        byte[] sha256;
        int itemCount, fileCount;
        var manifestPath = Path.Combine(_staging, BundleManifest.FileName);
        var manifestTemp = InSpare ? TempOf(manifestPath) : manifestPath;
        if (InSpare && File.Exists(manifestTemp)) File.Delete(manifestTemp);
        using (var stream = new FileStream(manifestTemp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            (sha256, itemCount, fileCount) = ManifestPatch.Apply(stream, _base.Lines, header, items, files);
        }
        if (InSpare) MoveIn(manifestTemp, manifestPath);
        var signature = signingKey is null ? null : ManifestSigner.SignSha256(signingKey, sha256);
        var signaturePath = Path.Combine(_staging, BundleManifest.SignatureFileName);
        if (signature is null) DeleteFromSpare(signaturePath);
        else if (InSpare) Replace(signaturePath, temp => NewFile.Write(temp, ManifestSigner.Utf8(signature)));
        else NewFile.Write(signaturePath, ManifestSigner.Utf8(signature));
        return (sha256, itemCount, fileCount, signature);
    }

    /// <summary>
    /// Brings the spare from the version before the base to the new one: of the paths where it may differ
    /// (the base's delta and this plan's changes), those written are done, those the new version drops
    /// are deleted (and folders left empty), and the rest get the base's file as a second name.
    /// </summary>
    private void UpdateSpare(string folder, IReadOnlySet<string> differs, HashSet<string> removed)
    {
        var paths = differs.Concat(removed).Where(p => p is not (BundleManifest.FileName or BundleManifest.SignatureFileName) && !_written.ContainsKey(p)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var relative in paths)
        {
            var path = BundlePath.Resolve(_staging, relative);
            if (!removed.Contains(relative) && _base.File(relative) is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                Replace(path, temp => Durable.HardLinkOrCopy(BundlePath.Resolve(folder, relative), temp));
                continue;
            }
            DeleteFromSpare(path);
            for (var dir = Path.GetDirectoryName(path)!; dir.Length > _staging.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir)!)
            {
                Directory.Delete(dir);
                FaultInjection.Step();
            }
        }
    }

    /// <summary>A file of the spare gets new content under a temporary name, renamed over it: the old name may be the live bundle's file too.</summary>
    private static void Replace(string path, Action<string> writeTemp)
    {
        var temp = TempOf(path);
        if (File.Exists(temp)) File.Delete(temp);
        writeTemp(temp);
        MoveIn(temp, path);
    }

    private static void MoveIn(string temp, string path)
    {
        File.Move(temp, path, overwrite: true);
        FaultInjection.Step();
    }

    private void DeleteFromSpare(string path)
    {
        if (!InSpare || !File.Exists(path)) return;
        File.Delete(path);
        FaultInjection.Step();
    }

    private static string TempOf(string path) => Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".spare-new");

    /// <summary>
    /// Gives every file of the base folder a second name in the stage, except those written anew,
    /// removed, and the manifest and signature.
    /// </summary>
    private void LinkUnchanged(string folder, HashSet<string> written, HashSet<string> removed)
    {
        if (!Directory.Exists(folder)) return;
        var prefix = folder.Length + 1;
        foreach (var dir in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(_staging, dir[prefix..]));
        }
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => f[prefix..])
            .Where(r => r is not (BundleManifest.FileName or BundleManifest.SignatureFileName) && !written.Contains(Key(r)) && !removed.Contains(Key(r)))
            .ToList();
        Parallel.ForEach(files, relative =>
        {
            Durable.HardLinkOrCopy(Path.Combine(folder, relative), Path.Combine(_staging, relative));
            FaultInjection.Step();
        });
    }

    /// <summary>Manifest paths use '/', whatever the system's separator.</summary>
    private static string Key(string relative) => Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
}

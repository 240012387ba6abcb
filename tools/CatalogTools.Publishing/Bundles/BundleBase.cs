namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// The bundle a <see cref="BundleWriter"/> updates: the folder whose unchanged files the new version
/// keeps, how to look up that bundle's file entries, and, when the manifest is patched line by line,
/// its entry lines. <see cref="Empty"/> is the base of a full publish.
/// </summary>
internal sealed class BundleBase
{
    private readonly Func<string, ManifestFile?> _file;

    private BundleBase(string? folder, Func<string, ManifestFile?> file, ManifestLines? lines)
    {
        Folder = folder;
        _file = file;
        Lines = lines;
    }

    public static BundleBase Empty { get; } = new(null, _ => null, null);

    /// <summary>The live bundle folder, or null for an empty base.</summary>
    public string? Folder { get; }

    /// <summary>The base manifest's entry lines: entries the plan does not name are copied from them. Null: the plan names every entry.</summary>
    public ManifestLines? Lines { get; }

    public ManifestFile? File(string relative) => _file(relative);

    /// <summary>A bundle whose manifest is known as parsed entries; the plan names every entry of the new one.</summary>
    public static BundleBase Of(string folder, IReadOnlyDictionary<string, ManifestFile> files) =>
        new(folder, p => files.TryGetValue(p, out var f) ? f : null, null);

    /// <summary>A bundle whose manifest is patched line by line: its file entries are found by binary search over the sorted lines.</summary>
    public static BundleBase Of(string folder, ManifestLines lines) => new(folder, p => Find(lines, p), lines);

    private static ManifestFile? Find(ManifestLines lines, string relative)
    {
        var files = lines.Files;
        var key = new EntryKey(relative);
        int low = 0, high = files.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var line = lines.Entry(files[mid]);
            var order = key.CompareTo(line);
            if (order == 0) return ManifestCodec.ReadFileLine(line);
            if (order > 0) low = mid + 1;
            else high = mid - 1;
        }
        return null;
    }
}

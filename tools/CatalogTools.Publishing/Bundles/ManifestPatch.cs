namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// A new manifest made from the previous one (<see cref="ManifestLines"/>; none for a bundle made
/// from empty) and what changed: a new header, and the item and file entries merged with the
/// changes in key order — an unchanged entry is copied as its line, a changed one written anew, a
/// removed one (null) left out. The result is byte for byte what <see cref="ManifestCodec.Write"/>
/// writes for the same manifest.
/// </summary>
internal static class ManifestPatch
{
    /// <summary>Writes the new manifest to <paramref name="destination"/>; returns its SHA-256 and how many items and files it lists.</summary>
    public static (byte[] Sha256, int Items, int Files) Apply(
        Stream destination,
        ManifestLines? previous,
        BundleManifest header,
        IEnumerable<KeyValuePair<string, ManifestItem?>> items,
        IEnumerable<KeyValuePair<string, ManifestFile?>> files)
    {
        var writer = new ManifestWriter(destination);
        writer.Header(header);
        writer.BeginItems();
        var itemCount = Merge(previous, previous?.Items ?? [], items, writer.Line, i => writer.Item(i));
        writer.BeginFiles();
        var fileCount = Merge(previous, previous?.Files ?? [], files, writer.Line, f => writer.File(f));
        return (writer.EndStreamed(), itemCount, fileCount);
    }

    private delegate void LineWriter(ReadOnlySpan<byte> line);

    /// <param name="changes">In ordinal key order.</param>
    private static int Merge<T>(ManifestLines? previous, IReadOnlyList<Range> lines, IEnumerable<KeyValuePair<string, T?>> changes, LineWriter copy, Action<T> write)
        where T : class
    {
        var count = 0;
        using var pending = changes.GetEnumerator();
        var hasChange = pending.MoveNext();
        var pendingKey = hasChange ? new EntryKey(pending.Current.Key) : default;
        foreach (var range in lines)
        {
            var line = previous!.Entry(range);
            while (hasChange && pendingKey.CompareTo(line) < 0)
            {
                if (pending.Current.Value is { } inserted)
                {
                    write(inserted);
                    count++;
                }
                hasChange = pending.MoveNext();
                if (hasChange) pendingKey = new EntryKey(pending.Current.Key);
            }
            if (hasChange && pendingKey.CompareTo(line) == 0)
            {
                if (pending.Current.Value is { } replaced)
                {
                    write(replaced);
                    count++;
                }
                hasChange = pending.MoveNext();
                if (hasChange) pendingKey = new EntryKey(pending.Current.Key);
                continue;
            }
            copy(line);
            count++;
        }
        for (; hasChange; hasChange = pending.MoveNext())
        {
            if (pending.Current.Value is not { } appended) continue;
            write(appended);
            count++;
        }
        return count;
    }
}

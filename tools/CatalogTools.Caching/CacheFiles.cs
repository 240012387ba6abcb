using System.Text;

namespace CatalogTools.Caching;

/// <summary>Writing cache files: whole or not at all, and never failing the run (the cache only saves time).</summary>
internal static class CacheFiles
{
    /// <summary>Every cache file opens with what it is, its format version and the key it was written under.</summary>
    public static void WriteHeader(BinaryWriter w, string magic, int version, string key)
    {
        w.Write(magic);
        w.Write(version);
        w.Write(key);
    }

    /// <summary>False when the file is another kind, another format, or was written under another key (then it is ignored).</summary>
    public static bool HasHeader(BinaryReader r, string magic, int version, string key) =>
        r.ReadString() == magic && r.ReadInt32() == version && r.ReadString() == key;

    public static void WriteAtomically(string path, Action<BinaryWriter> write)
    {
        var temp = path + ".tmp-" + Environment.ProcessId;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var w = new BinaryWriter(stream, Encoding.UTF8))
            {
                write(w);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full disk must not fail the verb; the next run just reads the files again.
            try { File.Delete(temp); } catch (Exception x) when (x is IOException or UnauthorizedAccessException) { }
        }
    }
}

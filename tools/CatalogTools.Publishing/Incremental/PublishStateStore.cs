using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Loading;
using CatalogTools.Publishing.Channels;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// Reads and writes <see cref="PublishState"/> as one binary file per output folder in the cache
/// folder (<c>publish-HASH.bin</c>, HASH from the output folder's full path). The file carries the
/// cache key (tool build and schemas): another build ignores it. Damaged or foreign files read as
/// null; a write is whole or not at all and never fails the publish (the state only saves time).
/// </summary>
public sealed class PublishStateStore(string cacheFolder, string cacheKey)
{
    private const string Magic = "CATALOG-PUBLISH-STATE";
    private const int FormatVersion = 1;

    public string PathFor(string outputDirectory)
    {
        var full = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..16];
        return System.IO.Path.Combine(cacheFolder, $"publish-{hash}.bin");
    }

    public PublishState? Read(string outputDirectory)
    {
        var path = PathFor(outputDirectory);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion || r.ReadString() != cacheKey || r.ReadString() != System.IO.Path.GetFullPath(outputDirectory)) return null;
            var context = r.ReadString();
            var channels = List(r, () => new ChannelState(r.ReadString(), r.ReadString(), r.ReadString(), List(r, r.ReadString)));
            var sources = List(r, () => new SourceDigest(r.ReadString(), new ContentDigest(r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64())));
            var standards = List(r, () => new StandardFile(r.ReadString(), r.ReadString()));
            var pool = new Dictionary<string, string>(StringComparer.Ordinal);
            string Pooled(string s) => pool.TryGetValue(s, out var p) ? p : pool[s] = s;
            var implementations = List(r, () =>
            {
                var code = r.ReadString();
                var file = r.ReadString();
                var standard = Pooled(r.ReadString());
                GuideListing? guide = r.ReadBoolean()
                    ? new GuideListing(code, Pooled(r.ReadString()), Pooled(r.ReadString()), r.ReadString(), Pooled(r.ReadString()), r.ReadString())
                    : null;
                return new ImplementationRecord(code, file, standard, guide);
            });
            return stream.Position == stream.Length ? new PublishState(context, channels, sources, standards, implementations) : null;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public void Write(string outputDirectory, PublishState state)
    {
        var path = PathFor(outputDirectory);
        var temp = path + ".tmp-" + Environment.ProcessId;
        try
        {
            Directory.CreateDirectory(cacheFolder);
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var w = new BinaryWriter(stream, Encoding.UTF8))
            {
                w.Write(Magic);
                w.Write(FormatVersion);
                w.Write(cacheKey);
                w.Write(System.IO.Path.GetFullPath(outputDirectory));
                w.Write(state.Context);
                WriteList(w, state.Channels, c =>
                {
                    w.Write(c.Name);
                    w.Write(c.ManifestSha256);
                    w.Write(c.Templates);
                    WriteList(w, c.SharedPaths, w.Write);
                });
                WriteList(w, state.Sources, s =>
                {
                    w.Write(s.Path);
                    w.Write(s.Digest.A);
                    w.Write(s.Digest.B);
                    w.Write(s.Digest.C);
                    w.Write(s.Digest.D);
                });
                WriteList(w, state.Standards, s =>
                {
                    w.Write(s.Path);
                    w.Write(s.Code);
                });
                WriteList(w, state.Implementations, i =>
                {
                    w.Write(i.Code);
                    w.Write(i.File);
                    w.Write(i.StandardCode);
                    w.Write(i.Guide is not null);
                    if (i.Guide is { } g)
                    {
                        w.Write(g.Region);
                        w.Write(g.Agency);
                        w.Write(g.Name);
                        w.Write(g.Type);
                        w.Write(g.Hash);
                    }
                });
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Forget(outputDirectory);
            try { File.Delete(temp); } catch (Exception x) when (x is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>Removes the state before the output folder changes: a publish cut short must not leave a state that no longer describes it.</summary>
    public void Forget(string outputDirectory)
    {
        try
        {
            File.Delete(PathFor(outputDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not removable: the manifest hash it records no longer matches after the commit, so it is not used.
        }
    }

    private static List<T> List<T>(BinaryReader r, Func<T> read)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > 50_000_000) throw new FormatException("bad count");
        var list = new List<T>(count);
        for (var i = 0; i < count; i++) list.Add(read());
        return list;
    }

    private static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(item);
    }
}

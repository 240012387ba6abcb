using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Loading;
using CatalogTools.Publishing.Channels;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// Reads and writes <see cref="PublishState"/> as one binary file per output folder in the cache
/// folder (<c>publish-HASH.bin</c>, HASH from the output folder's full path). The file carries the
/// cache key (tool build and schemas) and the publisher's build: another build ignores it. Damaged or foreign files read as
/// null; a write is whole or not at all and never fails the publish (the state only saves time).
/// </summary>
public sealed class PublishStateStore(string cacheFolder, string toolKey)
{
    /// <summary>The parse cache's key (tools that read the catalog, schemas) and this build of the publisher.</summary>
    private readonly string _key = toolKey + "/" + Rendering.RendererBuild.Id;

    private const string Magic = "CATALOG-PUBLISH-STATE";
    private const int FormatVersion = 4;

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
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion || r.ReadString() != _key || r.ReadString() != System.IO.Path.GetFullPath(outputDirectory)) return null;
            var context = r.ReadString();
            var commit = r.ReadBoolean() ? r.ReadString() : null;
            var channels = List(r, () => new ChannelState(r.ReadString(), r.ReadString(), r.ReadString(), List(r, r.ReadString)));
            var sources = List(r, () => new SourceDigest(r.ReadString(), new ContentDigest(r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64())));
            var standards = List(r, () => new StandardFile(r.ReadString(), r.ReadString()));
            var table = List(r, r.ReadString);
            var implementations = List(r, () =>
            {
                var code = r.ReadString();
                var at = r.ReadInt32();
                var file = at >= 0 ? sources[at].Path : r.ReadString();
                var standard = table[r.ReadInt32()];
                GuideListing? guide = r.ReadBoolean()
                    ? new GuideListing(code, table[r.ReadInt32()], table[r.ReadInt32()], table[r.ReadInt32()], table[r.ReadInt32()], ReadHash(r), standard, table[r.ReadInt32()])
                    : null;
                return new ImplementationRecord(code, file, standard, guide);
            });
            return stream.Position == stream.Length ? new PublishState(context, channels, sources, standards, implementations, commit) : null;
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
                w.Write(_key);
                w.Write(System.IO.Path.GetFullPath(outputDirectory));
                w.Write(state.Context);
                w.Write(state.Commit is not null);
                if (state.Commit is not null) w.Write(state.Commit);
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
                // Regions, agencies, names, types and standard codes repeat across 10^5 implementations:
                // written once in a table and referred to by number, the state reads several times faster.
                var table = new Dictionary<string, int>(StringComparer.Ordinal);
                int Ref(string s) => table.TryGetValue(s, out var n) ? n : table[s] = table.Count;
                var rows = state.Implementations.Select(i => (i, Standard: Ref(i.StandardCode), Guide: i.Guide is { } g ? (Ref(g.Region), Ref(g.Agency), Ref(g.Name), Ref(g.Type), Ref(g.Objects)) : default)).ToList();
                WriteList(w, table.OrderBy(t => t.Value).Select(t => t.Key).ToList(), w.Write);
                var fileIndex = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var n = 0; n < state.Sources.Count; n++) fileIndex[state.Sources[n].Path] = n;
                WriteList(w, rows, row =>
                {
                    var (i, standard, guide) = row;
                    w.Write(i.Code);
                    var at = fileIndex.GetValueOrDefault(i.File, -1);
                    w.Write(at);
                    if (at < 0) w.Write(i.File);
                    w.Write(standard);
                    w.Write(i.Guide is not null);
                    if (i.Guide is { } g)
                    {
                        w.Write(guide.Item1);
                        w.Write(guide.Item2);
                        w.Write(guide.Item3);
                        w.Write(guide.Item4);
                        WriteHash(w, g.Hash);
                        w.Write(guide.Item5);
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

    /// <summary>A content hash as 32 bytes when it is lowercase hex SHA-256 (always, from GuideJson), else as text.</summary>
    private static void WriteHash(BinaryWriter w, string hash)
    {
        Span<byte> bytes = stackalloc byte[32];
        var raw = hash.Length == 64 && Convert.FromHexString(hash, bytes, out _, out _) == System.Buffers.OperationStatus.Done && Convert.ToHexStringLower(bytes) == hash;
        w.Write(raw);
        if (raw) w.Write(bytes);
        else w.Write(hash);
    }

    private static string ReadHash(BinaryReader r) => r.ReadBoolean() ? Convert.ToHexStringLower(r.ReadBytes(32)) : r.ReadString();

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

using System.Text.Json;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Guides;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// manifest.json by hand with Utf8JsonReader/Writer. Written one entry per line (catalog-bundle/3):
/// a re-publish patches the previous manifest line by line (<see cref="ManifestPatch"/>) instead of
/// rewriting 300k entries, and a diff of two manifests shows one line per changed file. Read with a
/// JSON reader, so any layout of the same JSON is accepted (versions 1 and 2 were indented).
/// Unknown properties are skipped; a missing required one is an error.
/// </summary>
internal static class ManifestCodec
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow };

    public static byte[] Write(BundleManifest m)
    {
        var writer = new ManifestWriter(256 + m.Items.Count * 100 + m.Files.Count * 140);
        writer.Header(m);
        writer.BeginItems();
        foreach (var i in m.Items) writer.Item(i);
        writer.BeginFiles();
        foreach (var f in m.Files) writer.File(f);
        return writer.End().ToArray();
    }

    public static BundleManifest? Read(byte[] bytes) => Read(bytes, headerOnly: false);

    /// <summary>The header fields only (items and files left empty): reads the first few hundred bytes of a 50 MB manifest.</summary>
    public static BundleManifest? ReadHeader(ReadOnlySpan<byte> bytes) => Read(bytes, headerOnly: true);

    private static BundleManifest? Read(ReadOnlySpan<byte> bytes, bool headerOnly)
    {
        var r = new Utf8JsonReader(bytes, ReaderOptions);
        if (!r.Read() || r.TokenType != JsonTokenType.StartObject) return null;
        string? format = null, channel = null, commit = null, time = null, validUntil = null, templates = null, context = null;
        long? version = null;
        var dirty = false;
        string? treeDigest = null;
        List<ManifestItem>? items = null;
        List<ManifestFile>? files = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var name = r.GetString();
            if (headerOnly && name is "items" or "files")
            {
                items ??= [];
                files ??= [];
                if (format is not null && channel is not null && version is not null && commit is not null && time is not null && validUntil is not null && templates is not null && context is not null) break;
            }
            r.Read();
            switch (name)
            {
                case "format": format = Text(ref r); break;
                case "channel": channel = Text(ref r); break;
                case "bundleVersion": version = r.GetInt64(); break;
                case "sourceCommit": commit = Text(ref r); break;
                case "sourceTime": time = Text(ref r); break;
                case "sourceDirty": dirty = r.TokenType == JsonTokenType.True; break;
                case "sourceTreeDigest": treeDigest = Text(ref r); break;
                case "validUntil": validUntil = Text(ref r); break;
                case "templates": templates = Text(ref r); break;
                case "context": context = Text(ref r); break;
                case "items": items = ReadItems(ref r); break;
                case "files": files = ReadFiles(ref r); break;
                default: r.Skip(); break;
            }
        }
        if (format is null || channel is null || version is null || commit is null || time is null || validUntil is null || templates is null || context is null || items is null || files is null) return null;
        return new BundleManifest(format, channel, version.Value, commit, time, validUntil, templates, context, items, files) { SourceDirty = dirty, SourceTreeDigest = treeDigest };
    }

    private static List<ManifestItem> ReadItems(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartArray);
        var list = new List<ManifestItem>();
        while (Next(ref r) == JsonTokenType.StartObject)
        {
            string? code = null, hash = null;
            long? version = null;
            while (Next(ref r) == JsonTokenType.PropertyName)
            {
                var name = r.GetString();
                r.Read();
                switch (name)
                {
                    case "code": code = Text(ref r); break;
                    case "hash": hash = Text(ref r); break;
                    case "version": version = r.GetInt64(); break;
                    default: r.Skip(); break;
                }
            }
            list.Add(new ManifestItem(code ?? throw Missing("code"), hash ?? throw Missing("hash"), version ?? throw Missing("version")));
        }
        Expect(ref r, JsonTokenType.EndArray);
        return list;
    }

    private static List<ManifestFile> ReadFiles(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartArray);
        var list = new List<ManifestFile>();
        while (Next(ref r) == JsonTokenType.StartObject) list.Add(ReadFile(ref r));
        Expect(ref r, JsonTokenType.EndArray);
        return list;
    }

    /// <summary>One file entry written on a line of its own (see <see cref="ManifestLines"/>).</summary>
    public static ManifestFile ReadFileLine(ReadOnlySpan<byte> line)
    {
        var r = new Utf8JsonReader(line, ReaderOptions);
        Next(ref r);
        Expect(ref r, JsonTokenType.StartObject);
        return ReadFile(ref r);
    }

    /// <summary>The first property's value of an entry line: the item's code or the file's path, by which entries are sorted.</summary>
    public static string KeyOfLine(ReadOnlySpan<byte> line)
    {
        var r = new Utf8JsonReader(line, ReaderOptions);
        Next(ref r);
        Expect(ref r, JsonTokenType.StartObject);
        Next(ref r);
        Expect(ref r, JsonTokenType.PropertyName);
        Next(ref r);
        return Text(ref r);
    }

    private static ManifestFile ReadFile(ref Utf8JsonReader r)
    {
        string? path = null, sha = null, input = null;
        long? size = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var name = r.GetString();
            r.Read();
            switch (name)
            {
                case "path": path = Text(ref r); break;
                case "sha256": sha = Text(ref r); break;
                case "size": size = r.GetInt64(); break;
                case "input": input = r.TokenType == JsonTokenType.Null ? null : Text(ref r); break;
                default: r.Skip(); break;
            }
        }
        return new ManifestFile(path ?? throw Missing("path"), sha ?? throw Missing("sha256"), size ?? throw Missing("size"), input);
    }

    private static JsonTokenType Next(ref Utf8JsonReader r) => r.Read() ? r.TokenType : throw new ManifestFormatException(new("bundle.manifestTruncated"));

    private static void Expect(ref Utf8JsonReader r, JsonTokenType type)
    {
        if (r.TokenType != type) throw new ManifestFormatException(new("bundle.manifestTokenExpected", ("expected", type), ("found", r.TokenType)));
    }

    private static string Text(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.String ? r.GetString()! : throw new ManifestFormatException(new("bundle.manifestStringExpected", ("found", r.TokenType)));

    private static ManifestFormatException Missing(string property) => new(new("bundle.manifestLacks", ("property", property)));
}

/// <summary>A manifest whose JSON is well formed but not a manifest's: the reason, for the caller to word.</summary>
internal sealed class ManifestFormatException(MessageText reason) : JsonException(reason.ToString())
{
    public MessageText Reason { get; } = reason;
}

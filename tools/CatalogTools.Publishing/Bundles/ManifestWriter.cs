using System.Buffers;
using System.Text.Json;
using CatalogTools.Publishing.Guides;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// Writes manifest.json (catalog-bundle/3): the header fields one per line, then every item and
/// every file as compact JSON on a line of its own, in the order given. Entries may also be copied
/// as raw lines from a previous manifest (<see cref="Line"/>), which is how a re-publish patches it.
/// </summary>
internal sealed class ManifestWriter
{
    private static readonly JsonWriterOptions EntryOptions = new() { Encoder = GuideJson.SafeEncoder, Indented = false, SkipValidation = false };

    private const int ChunkSize = 1 << 20;

    private readonly ArrayBufferWriter<byte> _output;
    private readonly Utf8JsonWriter _json;
    private readonly Stream? _destination;
    private readonly System.Security.Cryptography.IncrementalHash? _sha256;
    private bool _firstEntry = true;

    /// <summary>Into memory: <see cref="End"/> returns the bytes.</summary>
    public ManifestWriter(int capacity)
    {
        _output = new ArrayBufferWriter<byte>(capacity);
        _json = new Utf8JsonWriter(_output, EntryOptions);
    }

    /// <summary>
    /// Into a stream, a chunk at a time through one reused buffer, hashing as it goes
    /// (<see cref="EndStreamed"/> returns the SHA-256): a 50 MB manifest never sits in fresh memory.
    /// </summary>
    public ManifestWriter(Stream destination) : this(ChunkSize + 4096)
    {
        _destination = destination;
        _sha256 = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
    }

    public void Header(BundleManifest m)
    {
        Raw("{\n"u8);
        Field("format", m.Format);
        Field("channel", m.Channel);
        Raw(" \"bundleVersion\": "u8);
        Value(w => w.WriteNumberValue(m.BundleVersion));
        Raw(",\n"u8);
        Field("sourceCommit", m.SourceCommit);
        if (m.SourceDirty)
        {
            Raw(" \"sourceDirty\": true,\n"u8);
            Field("sourceTreeDigest", m.SourceTreeDigest ?? "");
        }
        Field("sourceTime", m.SourceTime);
        Field("validUntil", m.ValidUntil);
        Field("templates", m.Templates);
        Field("context", m.Context);
    }

    public void BeginItems() => Raw(" \"items\": ["u8);

    public void Item(ManifestItem i)
    {
        if (_destination is not null && _output.WrittenCount >= ChunkSize) Flush();
        Separator();
        Value(w =>
        {
            w.WriteStartObject();
            w.WriteString("code", i.Code);
            w.WriteString("hash", i.Hash);
            w.WriteNumber("version", i.Version);
            w.WriteEndObject();
        });
    }

    public void BeginFiles()
    {
        Raw("\n ],\n \"files\": ["u8);
        _firstEntry = true;
    }

    public void File(ManifestFile f)
    {
        if (_destination is not null && _output.WrittenCount >= ChunkSize) Flush();
        Separator();
        Value(w =>
        {
            w.WriteStartObject();
            w.WriteString("path", f.Path);
            w.WriteString("sha256", f.Sha256);
            w.WriteNumber("size", f.Size);
            if (f.Input is not null) w.WriteString("input", f.Input);
            w.WriteEndObject();
        });
    }

    /// <summary>An entry as a previous manifest wrote it (without its indentation and comma).</summary>
    public void Line(ReadOnlySpan<byte> entry)
    {
        Separator();
        Raw(entry);
        if (_destination is not null && _output.WrittenCount >= ChunkSize) Flush();
    }

    /// <summary>The manifest's bytes (a view of the writer's buffer: a 50 MB manifest is not copied again).</summary>
    public ReadOnlyMemory<byte> End()
    {
        Raw("\n ]\n}\n"u8);
        return _output.WrittenMemory;
    }

    /// <summary>Ends a streamed manifest: the rest is written and its SHA-256 returned.</summary>
    public byte[] EndStreamed()
    {
        Raw("\n ]\n}\n"u8);
        Flush();
        _destination!.Flush();
        return _sha256!.GetHashAndReset();
    }

    private void Flush()
    {
        _sha256!.AppendData(_output.WrittenSpan);
        _destination!.Write(_output.WrittenSpan);
        _output.ResetWrittenCount();
    }

    private void Separator()
    {
        Raw(_firstEntry ? "\n  "u8 : ",\n  "u8);
        _firstEntry = false;
    }

    private void Field(string name, string value)
    {
        Raw(" \""u8);
        Raw(System.Text.Encoding.UTF8.GetBytes(name));
        Raw("\": "u8);
        Value(w => w.WriteStringValue(value));
        Raw(",\n"u8);
    }

    private void Value(Action<Utf8JsonWriter> write)
    {
        _json.Reset(_output);
        write(_json);
        _json.Flush();
    }

    private void Raw(ReadOnlySpan<byte> bytes) => _output.Write(bytes);
}

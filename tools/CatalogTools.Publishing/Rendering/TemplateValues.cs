using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// Turns a guide's canonical JSON into what templates read: objects, arrays and <see cref="Leaf"/> values,
/// each leaf with its element path (<c>materials[0].name</c>) and its text as <see cref="Guides.GuideElements.Text"/>
/// reads it (strings as written, numbers as in the JSON, booleans 是/否). One forward pass over the bytes
/// (no JsonDocument); property names and element paths are the same few hundred strings in every
/// guide, so they are shared rather than allocated per guide; objects and arrays are made at their final size.
/// </summary>
public static class TemplateValues
{
    // Property names and element paths ("materials[3].name"): a bounded set, shared by every guide.
    private static readonly ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedLookup = Shared.GetAlternateLookup<ReadOnlySpan<char>>();

    // Each element path with the opening tag that marks it in a page.
    private static readonly ConcurrentDictionary<string, (string Path, string OpenTag)> Elements = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Path, string OpenTag)>.AlternateLookup<ReadOnlySpan<char>> ElementLookup = Elements.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static Scratch? _scratch;

    public static ScriptObject Of(ReadOnlySpan<byte> canonicalJson)
    {
        var reader = new Utf8JsonReader(canonicalJson);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a guide's JSON must be an object");
        var scratch = _scratch ??= new Scratch();
        scratch.Reset();
        return ReadObject(ref reader, scratch);
    }

    private static ScriptObject ReadObject(ref Utf8JsonReader reader, Scratch scratch)
    {
        var start = scratch.Count;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            var mark = scratch.PathLength;
            if (mark > 0) scratch.Append('.');
            scratch.Append(name);
            reader.Read();
            scratch.Push(name, ReadValue(ref reader, scratch));
            scratch.PathLength = mark;
        }
        var obj = new ScriptObject(scratch.Count - start);
        for (var i = start; i < scratch.Count; i++) obj[scratch.Names[i]!] = scratch.Values[i];
        scratch.PopTo(start);
        return obj;
    }

    private static object ReadValue(ref Utf8JsonReader reader, Scratch scratch)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, scratch);
            case JsonTokenType.StartArray:
                var start = scratch.Count;
                var mark = scratch.PathLength;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    scratch.Append('[');
                    scratch.Append(scratch.Count - start);
                    scratch.Append(']');
                    scratch.Push(null, ReadValue(ref reader, scratch));
                    scratch.PathLength = mark;
                }
                var array = new ScriptArray(scratch.Count - start);
                for (var i = start; i < scratch.Count; i++) array.Add(scratch.Values[i]);
                scratch.PopTo(start);
                return array;
            case JsonTokenType.True:
                return Leaf(scratch, "是", true);
            case JsonTokenType.False:
                return Leaf(scratch, "否", false);
            case JsonTokenType.Number:
                return Leaf(scratch, Encoding.UTF8.GetString(reader.ValueSpan), reader.GetDecimal());
            case JsonTokenType.Null:
                return Leaf(scratch, "null", null);
            default:
                var text = reader.GetString()!;
                return Leaf(scratch, text, text);
        }
    }

    private static Leaf Leaf(Scratch scratch, string text, object? value)
    {
        if (!ElementLookup.TryGetValue(scratch.PathSpan, out var element))
        {
            var path = new string(scratch.PathSpan);
            element = Elements.GetOrAdd(path, p => (p, Rendering.Leaf.OpenTag(p)));
        }
        return new Leaf(element.Path, element.OpenTag, text, value);
    }

    private static string Name(ref Utf8JsonReader reader)
    {
        Span<char> chars = stackalloc char[64];
        if (reader.ValueSpan.Length > chars.Length || reader.ValueIsEscaped) return Share(reader.GetString()!);
        return Share(chars[..reader.CopyString(chars)]);
    }

    private static string Share(ReadOnlySpan<char> text) => SharedLookup.TryGetValue(text, out var known) ? known : Share(new string(text));

    private static string Share(string text) => Shared.GetOrAdd(text, text);

    /// <summary>
    /// One thread's working space, reused for every guide: the current element path, and a stack of
    /// the members and items read so far of the objects and arrays still open.
    /// </summary>
    private sealed class Scratch
    {
        private char[] _path = new char[256];
        public string?[] Names = new string?[64];
        public object?[] Values = new object?[64];
        public int PathLength;
        public int Count;

        public ReadOnlySpan<char> PathSpan => _path.AsSpan(0, PathLength);

        public void Reset()
        {
            PathLength = 0;
            PopTo(0);
        }

        public void Push(string? name, object value)
        {
            if (Count == Values.Length)
            {
                Array.Resize(ref Names, Count * 2);
                Array.Resize(ref Values, Count * 2);
            }
            Names[Count] = name;
            Values[Count++] = value;
        }

        /// <summary>Drops the entries above <paramref name="count"/> (cleared, so no guide outlives its page through them).</summary>
        public void PopTo(int count)
        {
            Array.Clear(Values, count, Count - count);
            Count = count;
        }

        public void Append(char c)
        {
            if (PathLength == _path.Length) Grow(1);
            _path[PathLength++] = c;
        }

        public void Append(string s)
        {
            if (PathLength + s.Length > _path.Length) Grow(s.Length);
            s.CopyTo(_path.AsSpan(PathLength));
            PathLength += s.Length;
        }

        public void Append(int n)
        {
            if (PathLength + 11 > _path.Length) Grow(11);
            n.TryFormat(_path.AsSpan(PathLength), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            PathLength += written;
        }

        private void Grow(int more) => Array.Resize(ref _path, Math.Max(_path.Length * 2, PathLength + more));
    }
}

using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// Turns a guide's canonical JSON into what templates read: objects, arrays and <see cref="Leaf"/> values,
/// each leaf with its element path (<c>materials[0].name</c>) and its text as <see cref="Guides.GuideElements.Text"/>
/// reads it (strings as written, numbers as in the JSON, booleans 是/否). One forward pass over the bytes:
/// no JsonDocument, property names shared across guides, paths built in one reused buffer.
/// </summary>
public static class TemplateValues
{
    // The canonical JSON has a few dozen distinct property names; every guide shares the same strings.
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NameLookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static char[]? _pathBuffer;

    public static ScriptObject Of(ReadOnlySpan<byte> canonicalJson)
    {
        var reader = new Utf8JsonReader(canonicalJson);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a guide's JSON must be an object");
        var path = new PathText(_pathBuffer ??= new char[256]);
        var root = ReadObject(ref reader, ref path);
        _pathBuffer = path.Buffer;
        return root;
    }

    private static ScriptObject ReadObject(ref Utf8JsonReader reader, ref PathText path)
    {
        var obj = new ScriptObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            var mark = path.Length;
            if (mark > 0) path.Append('.');
            path.Append(name);
            reader.Read();
            obj[name] = ReadValue(ref reader, ref path);
            path.Length = mark;
        }
        return obj;
    }

    private static object ReadValue(ref Utf8JsonReader reader, ref PathText path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, ref path);
            case JsonTokenType.StartArray:
                var array = new ScriptArray();
                var mark = path.Length;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    path.Append('[');
                    path.Append(array.Count);
                    path.Append(']');
                    array.Add(ReadValue(ref reader, ref path));
                    path.Length = mark;
                }
                return array;
            case JsonTokenType.True:
                return new Leaf(path.ToString(), "是", true);
            case JsonTokenType.False:
                return new Leaf(path.ToString(), "否", false);
            case JsonTokenType.Number:
                return new Leaf(path.ToString(), Encoding.UTF8.GetString(reader.ValueSpan), reader.GetDecimal());
            case JsonTokenType.Null:
                return new Leaf(path.ToString(), "null", null);
            default:
                var text = reader.GetString()!;
                return new Leaf(path.ToString(), text, text);
        }
    }

    private static string Name(ref Utf8JsonReader reader)
    {
        Span<char> chars = stackalloc char[64];
        if (reader.ValueSpan.Length > chars.Length || reader.ValueIsEscaped) return Intern(reader.GetString()!);
        var length = reader.CopyString(chars);
        return NameLookup.TryGetValue(chars[..length], out var known) ? known : Intern(new string(chars[..length]));
    }

    private static string Intern(string name) => Names.GetOrAdd(name, name);

    /// <summary>The current element path, in a growable buffer reused across guides on one thread.</summary>
    private ref struct PathText(char[] buffer)
    {
        public char[] Buffer = buffer;
        public int Length;

        public void Append(char c)
        {
            if (Length == Buffer.Length) Grow(1);
            Buffer[Length++] = c;
        }

        public void Append(string s)
        {
            if (Length + s.Length > Buffer.Length) Grow(s.Length);
            s.CopyTo(Buffer.AsSpan(Length));
            Length += s.Length;
        }

        public void Append(int n)
        {
            if (Length + 11 > Buffer.Length) Grow(11);
            n.TryFormat(Buffer.AsSpan(Length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            Length += written;
        }

        private void Grow(int more) => Array.Resize(ref Buffer, Math.Max(Buffer.Length * 2, Length + more));

        public override readonly string ToString() => new(Buffer, 0, Length);
    }
}

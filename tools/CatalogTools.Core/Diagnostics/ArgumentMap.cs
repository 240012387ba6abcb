using System.Diagnostics.CodeAnalysis;

namespace CatalogTools.Core.Diagnostics;

/// <summary>
/// A diagnostic's few message arguments in one small array, in the order they were given (as a
/// Dictionary enumerates them): a check of 10^6 items keeps over a million diagnostics, and a
/// Dictionary for one or two arguments costs three times the memory. A name given twice keeps
/// its first place and its last value, as a Dictionary's indexer would.
/// </summary>
public sealed class ArgumentMap : IReadOnlyDictionary<string, MessageArgument>
{
    private readonly KeyValuePair<string, MessageArgument>[] _pairs;

    private ArgumentMap(KeyValuePair<string, MessageArgument>[] pairs) => _pairs = pairs;

    public static IReadOnlyDictionary<string, MessageArgument> Of(ReadOnlySpan<(string Name, MessageArgument Value)> arguments)
    {
        if (arguments.Length == 0) return Diagnostic.NoArguments;
        var pairs = new KeyValuePair<string, MessageArgument>[arguments.Length];
        var count = 0;
        foreach (var (name, value) in arguments)
        {
            var at = IndexOf(pairs.AsSpan(0, count), name);
            if (at >= 0) pairs[at] = new(name, value);
            else pairs[count++] = new(name, value);
        }
        return new ArgumentMap(count == pairs.Length ? pairs : pairs[..count]);
    }

    public MessageArgument this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _pairs.Select(p => p.Key);

    public IEnumerable<MessageArgument> Values => _pairs.Select(p => p.Value);

    public int Count => _pairs.Length;

    public bool ContainsKey(string key) => IndexOf(_pairs, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out MessageArgument value)
    {
        var at = IndexOf(_pairs, key);
        value = at >= 0 ? _pairs[at].Value : default;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, MessageArgument>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, MessageArgument>>)_pairs).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static int IndexOf(ReadOnlySpan<KeyValuePair<string, MessageArgument>> pairs, string key)
    {
        for (var i = 0; i < pairs.Length; i++)
        {
            if (string.Equals(pairs[i].Key, key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}

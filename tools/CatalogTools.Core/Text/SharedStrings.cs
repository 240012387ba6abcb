using System.Collections.Concurrent;

namespace CatalogTools.Core.Text;

/// <summary>
/// One shared instance of each text that repeats across thousands of items (status words, region
/// and agency codes, a standard's code in its implementations, units, field keys, channel names):
/// 10^5 items hold a few thousand strings instead of millions of copies. Used for those fields only
/// — a pool of every code and address would cost more than the copies. string.Intern did the same
/// but takes a global lock, which dominated a parallel load.
/// </summary>
public static class SharedStrings
{
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByChars = Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared instance equal to <paramref name="text"/>.</summary>
    public static string Of(string text) => Pool.GetOrAdd(text, text);

    /// <summary>The shared instance equal to these characters, allocating only the first time they are met.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        if (ByChars.TryGetValue(text, out var shared)) return shared;
        var created = new string(text);
        return Pool.GetOrAdd(created, created);
    }
}

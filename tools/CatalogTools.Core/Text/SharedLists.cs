using System.Collections.Concurrent;

namespace CatalogTools.Core.Text;

/// <summary>
/// One shared, read-only instance of each short list of texts that repeats across items (an
/// implementation's channels): 10^6 implementations hold a handful of arrays instead of a list,
/// an array and three strings each. The pool stops growing at a fixed size so a catalog of
/// all-different lists costs no more than the copies.
/// </summary>
public static class SharedLists
{
    private const int PoolLimit = 1 << 14;

    private static readonly ConcurrentDictionary<string[], string[]> Pool = new(SequenceComparer.Instance);

    /// <summary>The shared array equal to <paramref name="texts"/> (its texts shared too).</summary>
    public static IReadOnlyList<string> Of(List<string> texts)
    {
        if (texts.Count == 0) return [];
        var array = new string[texts.Count];
        for (var i = 0; i < array.Length; i++) array[i] = SharedStrings.Of(texts[i]);
        if (Pool.TryGetValue(array, out var shared)) return shared;
        return Pool.Count < PoolLimit ? Pool.GetOrAdd(array, array) : array;
    }

    private sealed class SequenceComparer : IEqualityComparer<string[]>
    {
        public static readonly SequenceComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(string[] texts)
        {
            var hash = new HashCode();
            foreach (var text in texts) hash.Add(text);
            return hash.ToHashCode();
        }
    }
}

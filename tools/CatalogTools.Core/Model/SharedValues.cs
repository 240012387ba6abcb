using System.Collections.Concurrent;

namespace CatalogTools.Core.Model;

/// <summary>
/// One shared instance of each small immutable value that repeats across items (a time limit such
/// as 8 个工作日, an appointment line): records compare by value, so sharing them changes nothing
/// but the memory a province of 10^6 items takes. Each pool stops growing at a fixed size.
/// </summary>
public static class SharedValues
{
    private const int PoolLimit = 1 << 14;

    public static T Of<T>(T value) where T : class, IEquatable<T>
    {
        var pool = Pool<T>.Values;
        if (pool.TryGetValue(value, out var shared)) return shared;
        return pool.Count < PoolLimit ? pool.GetOrAdd(value, value) : value;
    }

    private static class Pool<T> where T : class, IEquatable<T>
    {
        public static readonly ConcurrentDictionary<T, T> Values = new();
    }
}

namespace CatalogTools.Publishing.Audit;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One difference between what the source renders (<see cref="Expected"/>) and what is served (<see cref="Actual"/>).</summary>
public sealed record UnitChange<T>(ChangeKind Kind, T? Expected, T? Actual) where T : class;

/// <summary>
/// Aligns two sequences by their longest common subsequence (after the common head and tail, which
/// is all of an untouched page) and pairs the removals and additions between two common entries
/// into changes when they are of the same kind.
/// </summary>
public static class UnitDiff
{
    /// <summary>Above this many cells the middle is compared as two multisets instead (a page rewritten wholesale).</summary>
    private const long MaxCells = 4_000_000;

    public static List<UnitChange<T>> Compare<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, string> key, Func<T, string> kind) where T : class
    {
        var changes = new List<UnitChange<T>>();
        int head = 0, tail = 0;
        while (head < expected.Count && head < actual.Count && key(expected[head]) == key(actual[head])) head++;
        while (tail < expected.Count - head && tail < actual.Count - head && key(expected[^(tail + 1)]) == key(actual[^(tail + 1)])) tail++;
        var n = expected.Count - head - tail;
        var m = actual.Count - head - tail;
        if (n == 0 && m == 0) return changes;

        var removed = new List<T>();
        var added = new List<T>();
        void Flush()
        {
            var used = new bool[added.Count];
            foreach (var r in removed)
            {
                var match = -1;
                for (var j = 0; j < added.Count; j++)
                {
                    if (!used[j] && kind(added[j]) == kind(r))
                    {
                        match = j;
                        break;
                    }
                }
                if (match < 0) changes.Add(new UnitChange<T>(ChangeKind.Removed, r, null));
                else
                {
                    used[match] = true;
                    changes.Add(new UnitChange<T>(ChangeKind.Changed, r, added[match]));
                }
            }
            for (var j = 0; j < added.Count; j++)
            {
                if (!used[j]) changes.Add(new UnitChange<T>(ChangeKind.Added, null, added[j]));
            }
            removed.Clear();
            added.Clear();
        }

        if ((long)n * m > MaxCells)
        {
            var left = expected.Skip(head).Take(n).GroupBy(key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var a in actual.Skip(head).Take(m))
            {
                if (left.TryGetValue(key(a), out var c) && c > 0) left[key(a)] = c - 1;
                else added.Add(a);
            }
            foreach (var e in expected.Skip(head).Take(n))
            {
                if (left.TryGetValue(key(e), out var c) && c > 0)
                {
                    left[key(e)] = c - 1;
                    removed.Add(e);
                }
            }
            Flush();
            return changes;
        }

        // lcs[i, j]: length of the common subsequence of expected[head+i..] and actual[head+j..].
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = key(expected[head + i]) == key(actual[head + j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && key(expected[head + x]) == key(actual[head + y]))
            {
                Flush();
                x++;
                y++;
            }
            else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y])) added.Add(actual[head + y++]);
            else removed.Add(expected[head + x++]);
        }
        Flush();
        return changes;
    }
}

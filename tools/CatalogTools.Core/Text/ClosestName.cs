namespace CatalogTools.Core.Text;

/// <summary>The known name a mistyped one was most likely meant to be (edit distance), or none when nothing is close.</summary>
public static class ClosestName
{
    public static string? Find(string typed, IEnumerable<string> known)
    {
        // Up to a third of the typed length may differ (at least one edit, at most three): closer than that is a typo, farther is another word.
        var limit = Math.Clamp(typed.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = Distance(typed, name);
            if (distance > limit || distance >= bestDistance) continue;
            best = name;
            bestDistance = distance;
        }
        return best;
    }

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit; letter case counts as no edit.</summary>
    public static int Distance(string a, string b)
    {
        var rows = new int[3, b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var row = i % 3;
            var previous = (i - 1) % 3;
            rows[row, 0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(rows[previous, j] + 1, rows[row, j - 1] + 1), rows[previous, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, rows[(i - 2) % 3, j - 2] + 1);
                rows[row, j] = value;
            }
        }
        return rows[a.Length % 3, b.Length];
    }
}

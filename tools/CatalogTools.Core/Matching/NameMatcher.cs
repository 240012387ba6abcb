using System.Collections.Concurrent;

namespace CatalogTools.Core.Matching;

/// <summary>How sure a match is: the same name once normalized (or an alias), or only close.</summary>
public enum MatchCertainty
{
    None,

    /// <summary>Close but not proven the same: a contained name, the same name without its qualifier, or one character off.</summary>
    Near,

    /// <summary>The same name or alias after <see cref="NameKey"/> (and without a form word such as 复印件).</summary>
    Certain,
}

/// <summary>A registry entry a written name matched, the registry name or alias it matched, and how surely.</summary>
public readonly record struct NameMatch<T>(T? Entry, MatchCertainty Certainty, string? MatchedName) where T : class
{
    public static readonly NameMatch<T> None = new(null, MatchCertainty.None, null);

    public bool IsCertain => Certainty == MatchCertainty.Certain;
    public bool IsNear => Certainty == MatchCertainty.Near;
}

/// <summary>
/// Matches written names (materials) against a registry's names and aliases. Built once per
/// catalog and frozen; answers per distinct written name are cached, so a million items that
/// inherit the same few hundred material names cost a few hundred comparisons. Every rule and
/// every report figure about registries goes through here, so they can never disagree.
/// </summary>
public sealed class NameMatcher<T> where T : class
{
    private readonly record struct Name(T Entry, string Written, string Key);

    private readonly record struct Candidate(T Entry, string Written, bool Certain);

    private readonly Name[] _names;
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Candidate[]> _cache = new(StringComparer.Ordinal);

    public NameMatcher(IEnumerable<T> entries, Func<T, IEnumerable<string>> names)
    {
        var list = new List<Name>();
        foreach (var entry in entries)
        {
            foreach (var written in names(entry))
            {
                var key = NameKey.Of(written);
                if (key.Length == 0) continue;
                if (!_byKey.TryGetValue(key, out var at)) _byKey[key] = at = [];
                at.Add(list.Count);
                list.Add(new Name(entry, written, key));
            }
        }
        _names = [.. list];
    }

    public bool IsEmpty => _names.Length == 0;

    /// <summary>The best match among entries that <paramref name="applies"/> allows: certain first, then near.</summary>
    public NameMatch<T> Find(string written, Func<T, bool>? applies = null)
    {
        if (_names.Length == 0) return NameMatch<T>.None;
        var candidates = _cache.GetOrAdd(written, Candidates);
        foreach (var c in candidates)
        {
            if (c.Certain && (applies is null || applies(c.Entry))) return new NameMatch<T>(c.Entry, MatchCertainty.Certain, c.Written);
        }
        foreach (var c in candidates)
        {
            if (!c.Certain && (applies is null || applies(c.Entry))) return new NameMatch<T>(c.Entry, MatchCertainty.Near, c.Written);
        }
        return NameMatch<T>.None;
    }

    private Candidate[] Candidates(string written)
    {
        var key = NameKey.Of(written);
        if (key.Length == 0) return [];
        var bare = NameKey.WithoutForm(key);
        var result = new List<Candidate>();
        var certain = new HashSet<int>();
        string[] keys = bare == key ? [key] : [key, bare];
        foreach (var k in keys)
        {
            if (!_byKey.TryGetValue(k, out var at)) continue;
            foreach (var i in at)
            {
                if (certain.Add(i)) result.Add(new Candidate(_names[i].Entry, _names[i].Written, true));
            }
        }
        for (var i = 0; i < _names.Length; i++)
        {
            if (certain.Contains(i)) continue;
            if (IsNear(bare, _names[i].Key)) result.Add(new Candidate(_names[i].Entry, _names[i].Written, false));
        }
        return [.. result];
    }

    /// <summary>
    /// Close enough to ask: one name ends with the other, the shorter three characters or more
    /// (个人收入证明 / 收入证明, 居民身份证 / 身份证); the two are the same without a bracketed
    /// qualifier (收入证明 / 收入证明(申请最低生活保障)); or, both four characters or longer and
    /// equally long, they differ in one character. 居住证 is not near 居住证明 (a different
    /// certificate that merely starts the same), nor 居民身份证申领登记表 near 居民身份证 (a form).
    /// </summary>
    public static bool IsNear(string written, string registry)
    {
        var (shorter, longer) = written.Length <= registry.Length ? (written, registry) : (registry, written);
        if (shorter.Length >= 3 && longer.EndsWith(shorter, StringComparison.Ordinal)) return true;
        var writtenBase = NameKey.Base(written);
        var registryBase = NameKey.Base(registry);
        if ((writtenBase != written || registryBase != registry) && writtenBase.Length >= 2 && writtenBase == registryBase) return true;
        if (written.Length >= 4 && written.Length == registry.Length)
        {
            var differ = 0;
            for (var i = 0; i < written.Length && differ <= 1; i++) if (written[i] != registry[i]) differ++;
            if (differ == 1) return true;
        }
        return false;
    }
}

namespace CatalogTools.Git.Lock;

/// <summary>
/// One line of catalog.lock: a code, the SHA-256 of its canonical form, its version (raised on
/// every change of that hash), the date of that change, and whether it is retired.
/// </summary>
public sealed record LockEntry(string Code, string Hash, int Version, DateOnly Changed, bool Retired)
{
    /// <summary>1-based line in the lock file it was read from (0 when computed).</summary>
    public int Line { get; init; }

    public string StatusWord => Retired ? "retired" : "active";
}

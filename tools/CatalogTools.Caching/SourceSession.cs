using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Core.Sources;

namespace CatalogTools.Caching;

/// <summary>
/// What a verb asks for a catalog: a <see cref="LoadedCatalog"/> of the work tree (whole or
/// partial), a check result, values derived from file contents. With the cache on, everything goes
/// through <c>.catalog-cache/</c> (parse pack, stat index, stored check result, content tables) and
/// the session writes it back when disposed; with <c>--no-cache</c> the same calls read every file
/// and keep no state. Verbs never see the cache's parts (pack, stamps, digests' keys).
/// </summary>
public sealed class SourceSession : IDisposable
{
    private readonly FileCache? _cache;
    private readonly List<ContentTable> _tablesToSave = [];
    private bool _disposed;

    private SourceSession(CatalogLocation location, FileCache? cache)
    {
        Location = location;
        _cache = cache;
        var plain = new WorkTreeSource(location);
        WorkTree = cache is null ? plain : new CachedSource(plain, cache);
    }

    /// <summary>
    /// A session over the catalog's work tree. <paramref name="useCache"/> false is <c>--no-cache</c>.
    /// The clock dates the stat index's racy window (files changed within it are read again next run).
    /// </summary>
    public static SourceSession Open(CatalogLocation location, bool useCache, TimeProvider clock) =>
        new(location, useCache ? FileCache.Open(location, clock) : null);

    /// <summary>Tests open a cache with their own racy window.</summary>
    internal static SourceSession Over(CatalogLocation location, FileCache? cache) => new(location, cache);

    public CatalogLocation Location { get; }

    /// <summary>True when this session reads and writes <c>.catalog-cache/</c>.</summary>
    public bool Cached => _cache is not null;

    /// <summary>The work tree as a source: through the cache when it is on.</summary>
    public ICatalogSource WorkTree { get; }

    /// <summary>Another source (a git revision) through this session's cache, when it is on.</summary>
    public ICatalogSource Through(ICatalogSource source) => _cache is null ? source : new CachedSource(source, _cache);

    /// <summary>The whole work tree.</summary>
    public LoadedCatalog Load(IProgress<WorkProgress>? progress = null) => WorkTree.Load(progress);

    /// <summary>The work tree's selected files, the rest standing in empty (a changed-only run).</summary>
    public LoadedCatalog LoadPartial(Func<string, bool> selected, IProgress<WorkProgress>? progress = null) => WorkTree.LoadPartial(selected, progress);

    /// <summary>One file's result from bytes not (yet) on disk (a file import is about to write): from the cache when this content was seen.</summary>
    public FileLoadResult Parse(string relative, byte[] bytes, FileLoader loader) => _cache is null ? loader.Load(relative, bytes) : _cache.Load(relative, bytes, loader);

    /// <summary>
    /// A whole-catalog check. With the cache: fingerprint the work tree (by stat where the stat
    /// index allows), answer from the stored result when the fingerprint, tools, schemas, rules and
    /// day are those of last time; when only a few implementation files changed since it, check just
    /// what they touch and take the rest from it (<see cref="IncrementalCheck"/>); else load through
    /// the parse cache, check and store the result.
    /// A run filtered to some paths neither reads nor writes the stored (unfiltered) result.
    /// </summary>
    /// <param name="knownRules">Every descriptor a stored diagnostic may name.</param>
    /// <param name="mark">Called after each phase ("fingerprint", "incremental" or "load") for --timings.</param>
    public CheckResult Check(CatalogChecker checker, Func<string, bool>? filter, DateOnly today, IReadOnlyDictionary<string, RuleDescriptor> knownRules,
        Action<string>? mark = null, IProgress<WorkProgress>? progress = null)
    {
        if (_cache is null)
        {
            var parsed = Load(progress);
            mark?.Invoke("load");
            return checker.Check(parsed, filter);
        }
        var digests = filter is null ? _cache.Digests(Location) : null;
        var baseKey = digests is null ? null : CheckResultCache.BaseKey(_cache.Key, today, checker.Rules);
        var key = digests is null ? null : CheckResultCache.Key(FileCache.FingerprintOf(digests), baseKey!);
        mark?.Invoke("fingerprint");
        var stored = baseKey is null ? null : CheckResultCache.TryReadExactOrBase(_cache.Folder, key!, baseKey, knownRules);
        if (stored is not null && stored.Key == key)
        {
            return new CheckResult(null, stored.Diagnostics, stored.Summary);
        }
        if (stored is not null && IncrementalCheck.Run(stored, digests!, this, checker, progress) is { } incremental)
        {
            mark?.Invoke("incremental");
            if (!_cache.Drifted) CheckResultCache.Write(_cache.Folder, key!, baseKey!, incremental.Files, incremental.Result.Diagnostics, incremental.Result.Summary);
            return incremental.Result;
        }
        var loaded = Load(progress);
        Caching.ReverseIndex.AfterWholeLoad(Location, _cache, loaded);
        mark?.Invoke("load");
        var result = checker.Check(loaded, filter);
        if (key is not null && _cache.FingerprintHolds(loaded.FileResults.Count) && StoredFiles(digests!, loaded, result) is { } files)
        {
            CheckResultCache.Write(_cache.Folder, key, baseKey!, files, result.Diagnostics, result.Summary);
        }
        return result;
    }

    /// <summary>Each digested file as the whole check saw it; null when the load met other files than the digests name.</summary>
    private static StoredFile[]? StoredFiles(IReadOnlyList<SourceDigest> digests, LoadedCatalog loaded, CheckResult result)
    {
        if (loaded.FileResults.Count != digests.Count) return null;
        var files = new StoredFile[digests.Count];
        for (var i = 0; i < files.Length; i++)
        {
            var (path, digest) = digests[i];
            var loadedFile = loaded.FileResults[i];
            if (loadedFile.File.Path != path) return null;
            files[i] = new StoredFile(path, CacheKey.From(digest), loadedFile.File.Readable, Caching.MisnamedFiles.Declared(loadedFile), result.SuppressedByFile.GetValueOrDefault(path));
        }
        return files;
    }

    /// <summary>The persisted reverse index of implementation files, brought up to date by folder stamps (see <see cref="Caching.ReverseIndex"/>).</summary>
    /// <remarks><paramref name="loader"/> is asked for only when a folder changed since the last run (usually never).</remarks>
    public ReverseIndex ReverseIndex(Func<FileLoader> loader) =>
        Caching.ReverseIndex.Open(Location, _cache ?? throw new InvalidOperationException("ReverseIndex needs the cache: ask Cached first"), loader);

    /// <summary>
    /// A table of values derived from file contents (<c>.catalog-cache/NAME.bin</c>), or null without
    /// the cache. <paramref name="keep"/> false reads it but does not write it back (a run over some files only).
    /// <paramref name="version"/> names what else its values depend on (a build of the project deriving them): another version discards them.
    /// </summary>
    public ContentTable? Table(string name, bool keep = true, string? version = null)
    {
        if (_cache is null) return null;
        var table = _cache.Table(name, version);
        if (keep)
        {
            lock (_tablesToSave) _tablesToSave.Add(table);
        }
        return table;
    }

    /// <summary>
    /// A value derived from a work-tree file's content: from <paramref name="table"/> when this
    /// content was seen before (a file known by stat is not read), else computed from the bytes.
    /// </summary>
    public T Derive<T>(string relative, ContentTable? table, Func<byte[], T> compute, Func<T, byte[]?> encode, Func<byte[], T> decode) =>
        _cache is null || table is null
            ? compute(WorkTree.Read(relative))
            : _cache.Derive(Location, relative, table, compute, encode, decode);

    /// <summary>Where incremental publish keeps its state beside the cache, and the key that invalidates it; null without the cache.</summary>
    public (string Folder, string Key)? StateStore => _cache is null ? null : (_cache.Folder, _cache.Key);

    /// <summary>
    /// What changed in the work tree since <paramref name="since"/> (a git revision, or the digests a
    /// publish recorded: then by stat where possible, and null without the cache or when a file cannot be read).
    /// </summary>
    public CatalogChanges? ChangesSince(ChangeBase since) => WorkTree.ChangesSince(since);

    /// <summary>One work-tree file's content digest as <see cref="ChangesSince"/> gives it, read now (not by stat); null when the file is not there.</summary>
    public ContentDigest? DigestOf(string relative)
    {
        var full = Path.Combine(Location.CatalogRoot, relative);
        return File.Exists(full) ? CacheKey.Of(relative, File.ReadAllBytes(full)).Digest : null;
    }

    /// <summary>From now on remember the digest of every file loaded (publish records what it published); false without the cache.</summary>
    public bool TrackLoadedDigests() => _cache?.TrackLoadedDigests() ?? false;

    /// <summary>The digests of exactly the files loaded since <see cref="TrackLoadedDigests"/>, in path order.</summary>
    public IReadOnlyList<SourceDigest>? LoadedDigests() => _cache?.LoadedDigests();

    /// <summary>True when a file changed between the digests <see cref="ChangesSince"/> compared and the load that followed.</summary>
    public bool Drifted => _cache?.Drifted ?? false;

    /// <summary>What the cache did this run (all zero without it), for tests and the benchmark.</summary>
    public CacheStatistics Statistics => _cache is null ? default : new(_cache.Hits, _cache.Misses, _cache.FilesRead);

    /// <summary>Writes back the tables this run kept and the parse cache.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_cache is null) return;
        foreach (var table in _tablesToSave) table.Save();
        _cache.Save();
    }
}

/// <summary>Parsed results taken from the cache, parsed anew, and item files read from disk (the rest were known by stat).</summary>
public readonly record struct CacheStatistics(int Hits, int Misses, int FilesRead);

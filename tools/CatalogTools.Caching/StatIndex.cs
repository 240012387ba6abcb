using System.Collections.Concurrent;
using System.Text;

namespace CatalogTools.Caching;

/// <summary>
/// The stat half of the cache (<c>.catalog-cache/stat.bin</c>): relative path → the stamp and the
/// content key seen with it. A stamp is recorded only when it is older than the run by more than
/// the racy window (<see cref="RacyWindow"/>): a file written just before or during the run could still change within
/// the same timestamp tick, so it is read again next time (git's "racily clean" rule).
/// </summary>
internal sealed class StatIndex
{
    private const string Magic = "CATALOG-STAT";
    private const int FormatVersion = 2;
    /// <summary>Generous against coarse file-system clocks (ext4 ticks every few ms; FAT every 2 s).</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(3);

    private readonly string _path;
    private readonly string _toolKey;
    private readonly long _trustBefore;
    private readonly System.Threading.Lock _readLock = new();
    private Dictionary<string, Entry>? _known;
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, CacheKey Key)> _recorded = new(StringComparer.Ordinal);

    /// <summary>A recorded stamp; <see cref="Seen"/> marks it used this run (a flag, not a concurrent set: 10^5 lookups a run).</summary>
    private sealed class Entry(FileStamp stamp, CacheKey key)
    {
        public FileStamp Stamp { get; } = stamp;
        public CacheKey Key { get; } = key;
        public bool Seen { get; set; }
    }

    /// <param name="clock">Where "now" comes from: a stamp newer than now minus the racy window is not trusted.</param>
    public StatIndex(string path, string toolKey, TimeSpan racyWindow, TimeProvider clock)
    {
        _path = path;
        _toolKey = toolKey;
        _trustBefore = (clock.GetUtcNow().UtcDateTime - racyWindow).Ticks;
    }

    /// <summary>Read on first use: a changed-only run that stats a few files still reads it, a run that needs no stat does not.</summary>
    private Dictionary<string, Entry> Known
    {
        get
        {
            if (_known is { } ready) return ready;
            lock (_readLock)
            {
                if (_known is not null) return _known;
                var known = new Dictionary<string, Entry>(StringComparer.Ordinal);
                try
                {
                    // Streamed through a small buffer: a 14 MB array of fresh memory costs thousands of page faults.
                    if (File.Exists(_path))
                    {
                        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                        if (!Read(stream, known)) known.Clear();
                    }
                }
                catch (IOException)
                {
                    known.Clear();
                }
                return _known = known;
            }
        }
    }

    /// <summary>The content key recorded for this path, when its stamp is unchanged.</summary>
    public bool TryGet(string relative, FileStamp stamp, out CacheKey key)
    {
        if (Known.TryGetValue(relative, out var known) && known.Stamp == stamp)
        {
            key = known.Key;
            known.Seen = true;
            return true;
        }
        key = default;
        return false;
    }

    /// <summary>Records what was read under a stamp taken before the read (so a later write shows as a new stamp).</summary>
    public void Record(string relative, FileStamp stamp, CacheKey key)
    {
        if (stamp.ModifiedTicks >= _trustBefore || stamp.ChangedTicks >= _trustBefore) return;
        _recorded[relative] = (stamp, key);
    }

    /// <summary>
    /// Writes the index when anything new was seen. A whole-catalog run keeps what it saw; a partial
    /// run keeps the old entries too. Entries whose content left the pack are dropped.
    /// </summary>
    public void Save(bool wholeRun, Func<CacheKey, bool> inPack)
    {
        var unseen = _known is not null && wholeRun && _known.Values.Any(e => !e.Seen);
        if (!unseen && !_recorded.Values.Any(r => inPack(r.Key))) return;
        var entries = new Dictionary<string, (FileStamp Stamp, CacheKey Key)>(StringComparer.Ordinal);
        foreach (var (path, entry) in Known)
        {
            if (entry.Seen || !wholeRun) entries[path] = (entry.Stamp, entry.Key);
        }
        foreach (var (path, entry) in _recorded) entries[path] = entry;
        CacheFiles.WriteAtomically(_path, w =>
        {
            CacheFiles.WriteHeader(w, Magic, FormatVersion, _toolKey);
            var kept = entries.Where(e => inPack(e.Value.Key)).ToList();
            w.Write(kept.Count);
            foreach (var (path, (stamp, key)) in kept)
            {
                w.Write(path);
                w.Write(stamp.Size);
                w.Write(stamp.ModifiedTicks);
                w.Write(stamp.ChangedTicks);
                w.Write(stamp.Inode);
                key.Write(w);
            }
        });
    }

    private bool Read(Stream stream, Dictionary<string, Entry> known)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!CacheFiles.HasHeader(r, Magic, FormatVersion, _toolKey)) return false;
            var count = r.ReadInt32();
            known.EnsureCapacity(count);
            for (var i = 0; i < count; i++)
            {
                var path = r.ReadString();
                var stamp = new FileStamp(r.ReadInt64(), r.ReadInt64(), r.ReadInt64(), r.ReadUInt64());
                known[path] = new Entry(stamp, CacheKey.Read(r));
            }
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}

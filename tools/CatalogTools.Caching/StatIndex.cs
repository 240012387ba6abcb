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
    private KnownStamps? _known;
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, CacheKey Key)> _recorded = new(StringComparer.Ordinal);

    /// <summary>
    /// The recorded stamps as read: one buffer holding the file, an index of its paths (kept as UTF-8
    /// bytes, compared in place) and a flag per entry marking it used this run (a flag, not a
    /// concurrent set: 10^5 lookups a run). Reading 10^5 entries this way allocates a few arrays
    /// instead of 10^5 strings and entry objects.
    /// </summary>
    private sealed class KnownStamps
    {
        /// <summary>After the path: size, mtime, ctime and inode (8 bytes each), then the 32-byte content key.</summary>
        private const int TailLength = 64;

        private readonly int[] _recordStarts;
        private readonly int[] _pathEnds;

        private KnownStamps(RecordTable paths, int count)
        {
            Paths = paths;
            Seen = new bool[count];
            _recordStarts = new int[count];
            _pathEnds = new int[count];
        }

        public static readonly KnownStamps Empty = new(new RecordTable([], 0), 0);

        public RecordTable Paths { get; }
        public bool[] Seen { get; }

        public FileStamp StampOf(int index)
        {
            var tail = Tail(index);
            return new FileStamp(BitConverter.ToInt64(tail), BitConverter.ToInt64(tail[8..]), BitConverter.ToInt64(tail[16..]), BitConverter.ToUInt64(tail[24..]));
        }

        public CacheKey KeyOf(int index)
        {
            var key = Tail(index)[32..];
            return new CacheKey(BitConverter.ToUInt64(key), BitConverter.ToUInt64(key[8..]), BitConverter.ToUInt64(key[16..]), BitConverter.ToUInt64(key[24..]));
        }

        /// <summary>The whole record as it stands in the file (length prefix, path, stamp, key), to write back unchanged.</summary>
        public ReadOnlySpan<byte> Record(int index) => Paths.Bytes.AsSpan(_recordStarts[index], _pathEnds[index] + TailLength - _recordStarts[index]);

        private ReadOnlySpan<byte> Tail(int index) => Paths.Bytes.AsSpan(_pathEnds[index], TailLength);

        /// <summary>Indexes the records that follow the header at <paramref name="position"/>; null when the file is cut short.</summary>
        public static KnownStamps? Parse(byte[] bytes, int position, int count)
        {
            if (count < 0 || count > (bytes.Length - position) / (TailLength + 1)) return null;
            var known = new KnownStamps(new RecordTable(bytes, count), count);
            for (var i = 0; i < count; i++)
            {
                known._recordStarts[i] = position;
                // BinaryWriter.Write(string): the UTF-8 byte length as a 7-bit encoded integer, then the bytes.
                var length = 0;
                for (var shift = 0; ; shift += 7)
                {
                    if (position >= bytes.Length || shift > 28) return null;
                    var b = bytes[position++];
                    length |= (b & 0x7f) << shift;
                    if ((b & 0x80) == 0) break;
                }
                if (length < 0 || length > bytes.Length - position - TailLength) return null;
                known.Paths.Add(position, length);
                known._pathEnds[i] = position + length;
                position += length + TailLength;
            }
            return known;
        }
    }

    /// <param name="clock">Where "now" comes from: a stamp newer than now minus the racy window is not trusted.</param>
    public StatIndex(string path, string toolKey, TimeSpan racyWindow, TimeProvider clock)
    {
        _path = path;
        _toolKey = toolKey;
        _trustBefore = (clock.GetUtcNow().UtcDateTime - racyWindow).Ticks;
    }

    /// <summary>Read on first use: a changed-only run that stats a few files still reads it, a run that needs no stat does not.</summary>
    private KnownStamps Known
    {
        get
        {
            if (_known is { } ready) return ready;
            lock (_readLock)
            {
                if (_known is not null) return _known;
                KnownStamps? known = null;
                try
                {
                    // One read into one buffer; the paths stay in it as UTF-8 (see KnownStamps).
                    if (File.Exists(_path)) known = Read(File.ReadAllBytes(_path));
                }
                catch (IOException)
                {
                    known = null;
                }
                return _known = known ?? KnownStamps.Empty;
            }
        }
    }

    /// <summary>The content key recorded for this path, when its stamp is unchanged.</summary>
    public bool TryGet(string relative, FileStamp stamp, out CacheKey key)
    {
        var known = Known;
        Span<byte> path = relative.Length <= 512 ? stackalloc byte[1536] : new byte[Encoding.UTF8.GetMaxByteCount(relative.Length)];
        var index = known.Paths.Find(path[..Encoding.UTF8.GetBytes(relative, path)]);
        if (index >= 0 && known.StampOf(index) == stamp)
        {
            key = known.KeyOf(index);
            known.Seen[index] = true;
            return true;
        }
        key = default;
        return false;
    }

    /// <summary>True when a stamp is older than the racy window, so an unchanged stamp later means unchanged content (also used for folders).</summary>
    public bool Trusts(FileStamp stamp) => stamp.ModifiedTicks < _trustBefore && stamp.ChangedTicks < _trustBefore;

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
        var unseen = _known is not null && wholeRun && Array.IndexOf(_known.Seen, false) >= 0;
        if (!unseen && !_recorded.Values.Any(r => inPack(r.Key))) return;
        var known = Known;
        // Known records are written back byte for byte unless this run recorded the same path again.
        var replaced = new bool[known.Paths.Count];
        foreach (var path in _recorded.Keys)
        {
            var index = known.Paths.Find(Encoding.UTF8.GetBytes(path));
            if (index >= 0) replaced[index] = true;
        }
        var kept = new List<int>();
        for (var i = 0; i < known.Paths.Count; i++)
        {
            if (!replaced[i] && (known.Seen[i] || !wholeRun) && known.Paths.Find(known.Paths.KeyOf(i)) == i && inPack(known.KeyOf(i))) kept.Add(i);
        }
        var recorded = _recorded.Where(r => inPack(r.Value.Key)).ToList();
        CacheFiles.WriteAtomically(_path, w =>
        {
            CacheFiles.WriteHeader(w, Magic, FormatVersion, _toolKey);
            w.Write(kept.Count + recorded.Count);
            foreach (var index in kept) w.Write(known.Record(index));
            foreach (var (path, (stamp, key)) in recorded)
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

    private KnownStamps? Read(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        try
        {
            if (!CacheFiles.HasHeader(r, Magic, FormatVersion, _toolKey)) return null;
            var count = r.ReadInt32();
            return KnownStamps.Parse(bytes, (int)r.BaseStream.Position, count);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException)
        {
            return null;
        }
    }
}

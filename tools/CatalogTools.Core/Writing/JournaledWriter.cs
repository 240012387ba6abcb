using System.Text;

namespace CatalogTools.Core.Writing;

/// <summary>Why a write did not happen: the file that stopped it (as the caller named it) and the reason; nothing was changed.</summary>
public sealed record WriteFailure(string RelativePath, string Reason, bool ReadOnly);

/// <summary>
/// The one writer of catalog files (fmt, import, lock, generate): a set of files, or a whole new
/// folder, replaces what is there as one step that survives kill -9 at any instant.
/// <list type="number">
/// <item>Every new file is written to a stage in <c>.catalog-cache/stage-ID/new/</c> and flushed;
/// each file it replaces gets a second name (a hard link, no copy) in <c>stage-ID/old/</c>.</item>
/// <item>The journal <c>.catalog-cache/write-journal</c> lists every target with the SHA-256 of its
/// new bytes, sealed by a checksum, and is flushed. From here the write will happen.</item>
/// <item>Each staged file is renamed over its target; then the journal and the stage are deleted.</item>
/// </list>
/// Every catalog verb first runs <see cref="Recover"/>: a complete journal is replayed (its staged
/// files are checked against their digests; if one is damaged the old files are put back
/// instead), an incomplete one and any stage without journal are discarded. So the catalog is
/// all old or all new once any verb has run. One writer at a time: <c>.catalog-cache/write.lock</c>.
/// Paths in the journal are relative to the workspace, the folder holding the catalog folder,
/// catalog.lock and .catalog-cache/.
/// </summary>
public static class JournaledWriter
{
    public const string JournalName = "write-journal";
    public const string StagePrefix = "stage-";
    private const string LockName = "write.lock";
    private const string Format = "catalog-write-journal/1";

    /// <summary>Above this many files, one syncfs flushes the stage instead of an fsync per file.</summary>
    private const int FlushEachUpTo = 64;

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>The folder holding a catalog folder: its catalog.lock and .catalog-cache/ live there.</summary>
    public static string WorkspaceOf(string catalogRoot) =>
        Path.GetDirectoryName(Path.GetFullPath(catalogRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? catalogRoot;

    public static string CacheFolder(string workspace) => Path.Combine(Path.GetFullPath(workspace), ".catalog-cache");

    /// <summary>Writes every file (paths relative to <paramref name="folder"/>) or none. Null when written.</summary>
    public static WriteFailure? WriteFiles(string workspace, string folder, IReadOnlyList<(string Path, string Text)> files)
    {
        if (files.Count == 0) return null;
        return Run(workspace, files[0].Path, (ws, stage) =>
        {
            var entries = new List<Entry>();
            var current = files[0].Path;
            try
            {
                foreach (var (path, text) in files)
                {
                    current = path;
                    var full = Path.GetFullPath(Path.Combine(folder, path));
                    var target = Relative(ws, full);
                    if (target is null) return (null, new WriteFailure(path, "outside the folder that holds the catalog", false));
                    var hadOld = File.Exists(full);
                    if (hadOld && IsReadOnly(full)) return (null, new WriteFailure(path, "read-only", ReadOnly: true));
                    var bytes = Utf8NoBom.GetBytes(text);
                    var staged = Path.Combine(stage, "new", target);
                    Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
                    using (var stream = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                    {
                        stream.Write(bytes);
                        if (files.Count <= FlushEachUpTo) stream.Flush(flushToDisk: true);
                    }
                    FaultInjection.Step();
                    if (hadOld)
                    {
                        var backup = Path.Combine(stage, "old", target);
                        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
                        Durable.HardLinkOrCopy(full, backup);
                        FaultInjection.Step();
                    }
                    entries.Add(new Entry(target, false, JournalText.Sha256Hex(bytes), hadOld));
                }
                if (files.Count <= FlushEachUpTo)
                {
                    foreach (var dir in entries.Select(e => Path.GetDirectoryName(Path.Combine(stage, "new", e.Target))!).Distinct()) Durable.Flush(dir);
                }
                else Durable.FlushFileSystem(stage);
                return (entries, null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, new WriteFailure(current, e.Message, false));
            }
        });
    }

    /// <summary>
    /// Makes a whole new folder (generate): <paramref name="fill"/> writes it into the stage, which is
    /// then moved into place with one rename. The target must be absent or empty. Null when written.
    /// </summary>
    public static WriteFailure? WriteFolder(string workspace, string target, Action<string> fill)
    {
        return Run(workspace, target, (ws, stage) =>
        {
            try
            {
                var relative = Relative(ws, Path.GetFullPath(target));
                if (relative is null) return (null, new WriteFailure(target, "outside the workspace", false));
                var staged = Path.Combine(stage, "new", relative);
                Directory.CreateDirectory(staged);
                fill(staged);
                FaultInjection.Step();
                Durable.FlushFileSystem(staged);
                return ([new Entry(relative, true, null, false)], null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, new WriteFailure(target, e.Message, false));
            }
        });
    }

    /// <summary>
    /// Completes or rolls back what an interrupted run left (see the class summary), unless another
    /// process holds the write lock (it is writing now). Also recovers interrupted folder switches
    /// (publish) whose journals are in this workspace's cache.
    /// </summary>
    public static IReadOnlyList<RecoveryNote> Recover(string workspace)
    {
        var cache = CacheFolder(workspace);
        if (!Directory.Exists(cache)) return [];
        var notes = new List<RecoveryNote>();
        using (var held = WriteLock.TryAcquire(Path.Combine(cache, LockName), TimeSpan.Zero))
        {
            if (held is not null) notes.AddRange(RecoverHeld(Path.GetFullPath(workspace), cache));
        }
        notes.AddRange(FolderSwitch.Recover(cache));
        return notes;
    }

    /// <summary>No write permission for the owner (Unix) or the read-only attribute (Windows).</summary>
    public static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows()) return File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
        return (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;
    }

    /// <summary>One target: a file with the SHA-256 of its new bytes, or a whole new folder; whether a file was there before.</summary>
    private sealed record Entry(string Target, bool Folder, string? Sha256, bool HadOld);

    private sealed record Journal(string Stage, IReadOnlyList<Entry> Entries);

    private static WriteFailure? Run(string workspace, string firstPath, Func<string, string, (List<Entry>? Entries, WriteFailure? Failure)> stageAll)
    {
        string ws, cache;
        bool createdCache;
        try
        {
            ws = Path.GetFullPath(workspace);
            cache = CacheFolder(ws);
            createdCache = !Directory.Exists(cache);
            Directory.CreateDirectory(cache);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new WriteFailure(firstPath, e.Message, false);
        }
        WriteFailure? result;
        try
        {
            using var held = WriteLock.TryAcquire(Path.Combine(cache, LockName), TimeSpan.FromSeconds(30));
            if (held is null) return new WriteFailure(firstPath, $"another catalog command is writing ({Path.Combine(cache, LockName)} is locked)", false);
            RecoverHeld(ws, cache);
            result = StageAndCommit(ws, cache, stageAll);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new WriteFailure(firstPath, e.Message, false);
        }
        if (createdCache) RemoveIfOnlyLock(cache);
        return result;
    }

    private static WriteFailure? StageAndCommit(string ws, string cache, Func<string, string, (List<Entry>? Entries, WriteFailure? Failure)> stageAll)
    {
        var name = StagePrefix + Guid.NewGuid().ToString("N")[..12];
        var stage = Path.Combine(cache, name);
        var journaled = false;
        try
        {
            Directory.CreateDirectory(stage);
            var (entries, failure) = stageAll(ws, stage);
            if (failure is not null) return failure;
            var journal = new Journal(name, entries!);
            WriteJournal(cache, journal);
            journaled = true;
            FaultInjection.Step();
            // From here the write happens: if this process dies, the next run replays the journal.
            try
            {
                RollForward(ws, cache, journal);
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                try
                {
                    RollBack(ws, cache, journal);
                    return new WriteFailure(FirstTarget(journal), e.Message, false);
                }
                catch (Exception again) when (again is IOException or UnauthorizedAccessException)
                {
                    return new WriteFailure(FirstTarget(journal), $"{e.Message}; putting the old files back failed too ({again.Message}); the next catalog command completes the write from {Path.Combine(cache, JournalName)}", false);
                }
            }
        }
        finally
        {
            if (!journaled && Directory.Exists(stage)) Directory.Delete(stage, recursive: true);
        }
    }

    private static string FirstTarget(Journal journal) => journal.Entries.Count > 0 ? journal.Entries[0].Target : "";

    private static List<RecoveryNote> RecoverHeld(string ws, string cache)
    {
        var notes = new List<RecoveryNote>();
        var path = Path.Combine(cache, JournalName);
        if (File.Exists(path + ".tmp"))
        {
            File.Delete(path + ".tmp");
            FaultInjection.Step();
        }
        if (File.Exists(path))
        {
            var journal = ReadJournal(path);
            if (journal is null)
            {
                File.Delete(path);
                FaultInjection.Step();
                notes.Add(new RecoveryNote(RecoveryKind.Discarded, JournalName, 0));
            }
            else if (StagedIntact(cache, journal))
            {
                RollForward(ws, cache, journal);
                notes.Add(new RecoveryNote(RecoveryKind.Completed, FirstTarget(journal), journal.Entries.Count));
            }
            else
            {
                RollBack(ws, cache, journal);
                notes.Add(new RecoveryNote(RecoveryKind.RolledBack, FirstTarget(journal), journal.Entries.Count));
            }
        }
        // Any stage left now belongs to no journal: a run killed while staging, before anything changed.
        foreach (var stale in Directory.EnumerateDirectories(cache, StagePrefix + "*").ToList())
        {
            Directory.Delete(stale, recursive: true);
            FaultInjection.Step();
            notes.Add(new RecoveryNote(RecoveryKind.Discarded, Path.GetFileName(stale), 0));
        }
        return notes;
    }

    private static bool StagedIntact(string cache, Journal journal)
    {
        foreach (var e in journal.Entries)
        {
            if (e.Folder) continue;
            var staged = Path.Combine(cache, journal.Stage, "new", e.Target);
            if (File.Exists(staged) && JournalText.Sha256OfFile(staged) != e.Sha256) return false;
        }
        return true;
    }

    /// <summary>Moves every staged file or folder still in the stage over its target (repeatable: moved ones are skipped), then removes journal and stage.</summary>
    private static void RollForward(string ws, string cache, Journal journal)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in journal.Entries)
        {
            var staged = Path.Combine(cache, journal.Stage, "new", e.Target);
            var target = Path.Combine(ws, e.Target);
            var parent = Path.GetDirectoryName(target)!;
            if (e.Folder)
            {
                if (!Directory.Exists(staged)) continue;
                Directory.CreateDirectory(parent);
                MoveFolder(staged, target);
            }
            else
            {
                if (!File.Exists(staged)) continue;
                Directory.CreateDirectory(parent);
                File.Move(staged, target, overwrite: true);
                FaultInjection.Step();
            }
            folders.Add(parent);
        }
        foreach (var folder in folders) Durable.Flush(folder);
        Finish(cache, journal);
    }

    /// <summary>Puts back every replaced file from its second name and removes new files the write created, then removes journal and stage.</summary>
    private static void RollBack(string ws, string cache, Journal journal)
    {
        for (var i = journal.Entries.Count - 1; i >= 0; i--)
        {
            var e = journal.Entries[i];
            if (e.Folder) continue; // a new folder is only ever moved whole; if it was, it is complete
            var target = Path.Combine(ws, e.Target);
            var backup = Path.Combine(cache, journal.Stage, "old", e.Target);
            if (File.Exists(backup))
            {
                File.Move(backup, target, overwrite: true);
                FaultInjection.Step();
            }
            else if (!e.HadOld && File.Exists(target) && JournalText.Sha256OfFile(target) == e.Sha256)
            {
                File.Delete(target);
                FaultInjection.Step();
            }
        }
        Finish(cache, journal);
    }

    private static void Finish(string cache, Journal journal)
    {
        File.Delete(Path.Combine(cache, JournalName));
        FaultInjection.Step();
        Durable.Flush(cache);
        var stage = Path.Combine(cache, journal.Stage);
        if (Directory.Exists(stage))
        {
            Directory.Delete(stage, recursive: true);
            FaultInjection.Step();
        }
    }

    /// <summary>A staged folder over its target: one rename when the target is absent or empty, else entry by entry.</summary>
    private static void MoveFolder(string staged, string target)
    {
        if (Directory.Exists(target) && !Directory.EnumerateFileSystemEntries(target).Any())
        {
            Directory.Delete(target);
            FaultInjection.Step();
        }
        if (!Directory.Exists(target))
        {
            Directory.Move(staged, target);
            FaultInjection.Step();
            return;
        }
        foreach (var file in Directory.EnumerateFiles(staged).ToList())
        {
            File.Move(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            FaultInjection.Step();
        }
        foreach (var dir in Directory.EnumerateDirectories(staged).ToList()) MoveFolder(dir, Path.Combine(target, Path.GetFileName(dir)));
        Directory.Delete(staged);
    }

    private static void WriteJournal(string cache, Journal journal)
    {
        var lines = new List<string[]> { new[] { "stage", journal.Stage } };
        lines.AddRange(journal.Entries.Select(e => new[] { e.Folder ? "folder" : "file", e.Sha256 ?? "-", e.HadOld ? "replaces" : "creates", e.Target }));
        JournalText.Write(Path.Combine(cache, JournalName), Format, lines);
    }

    private static Journal? ReadJournal(string path)
    {
        var lines = JournalText.Read(path, Format);
        if (lines is null || lines.Count == 0 || lines[0] is not ["stage", var stage] || !stage.StartsWith(StagePrefix, StringComparison.Ordinal)) return null;
        var entries = new List<Entry>();
        foreach (var line in lines.Skip(1))
        {
            if (line is not [var kind and ("file" or "folder"), var sha, var old, var target] || !SafeRelative(target)) return null;
            entries.Add(new Entry(target, kind == "folder", sha == "-" ? null : sha, old == "replaces"));
        }
        return new Journal(stage, entries);
    }

    /// <summary>A path under the workspace, relative, with '/' separators; null when outside it or not writable into a journal line.</summary>
    private static string? Relative(string ws, string full)
    {
        var relative = Path.GetRelativePath(ws, full).Replace('\\', '/');
        return SafeRelative(relative) ? relative : null;
    }

    private static bool SafeRelative(string relative) =>
        relative.Length > 0 && relative != "." && !Path.IsPathRooted(relative) && JournalText.Fits(relative)
        && !relative.Split('/').Any(p => p is ".." or "" or ".");

    private static void RemoveIfOnlyLock(string cache)
    {
        try
        {
            if (Directory.EnumerateFileSystemEntries(cache).All(e => Path.GetFileName(e) == LockName))
            {
                File.Delete(Path.Combine(cache, LockName));
                Directory.Delete(cache);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind it does no harm: an empty cache folder with a lock file.
        }
    }
}

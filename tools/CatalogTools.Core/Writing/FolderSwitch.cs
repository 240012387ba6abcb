using System.Security.Cryptography;
using System.Text;

namespace CatalogTools.Core.Writing;

/// <summary>
/// Replaces sibling folders as one step (publish: each channel's bundle folder under the output
/// folder). Each new version is built complete in a stage beside its target
/// (<c>.NAME.staging-ID</c>, same parent, same file system); the journal records the stages before
/// they are made, and — once every stage is complete and flushed — the SHA-256 of each new
/// version's marker file (manifest.json). Then each stage is swapped with its target in one rename
/// (<c>renameat2(RENAME_EXCHANGE)</c>: the target is never missing, never half old and half new;
/// where the file system cannot swap, two renames with the journal to finish them), and the old
/// versions, now in the stages, are deleted. A run killed before the journal reached the switch
/// leaves the old folders untouched and its stages are deleted by the next run; one killed after
/// it is completed by the next run (<see cref="Recover"/>), which tells done from not done by the
/// marker's digest. One switch at a time per parent folder (a lock file beside the journal).
/// An update may instead keep the old version as a spare (<c>.NAME.spare</c>, with a marker beside it
/// written last: <see cref="SpareMarker"/>) and next time bring that spare up to date and exchange it
/// in, touching only what changed (<see cref="SpareOf"/>, <see cref="TakeSpare"/>, <see cref="KeepSpare"/>).
/// </summary>
public sealed class FolderSwitch : IDisposable
{
    private const string Format = "catalog-switch-journal/1";
    private const string Prefix = "bundle-switch-";

    private readonly string _parent;
    private readonly string _journal;
    private readonly string _marker;
    private readonly Dictionary<string, string> _stages;
    private readonly HashSet<string> _keepSpare = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly WriteLock _lock;
    private readonly Action? _cleanUp;
    private bool _switching;

    private FolderSwitch(string parent, string journal, string marker, Dictionary<string, string> stages, WriteLock held, Action? cleanUp)
    {
        _parent = parent;
        _journal = journal;
        _marker = marker;
        _stages = stages;
        _lock = held;
        _cleanUp = cleanUp;
    }

    /// <summary>
    /// Starts replacing the folders <paramref name="names"/> under <paramref name="parent"/>: recovers an
    /// earlier switch there, removes stale stages, and records the new stages. The journal is kept in
    /// <paramref name="journalFolder"/> (the catalog's .catalog-cache/, so every catalog verb finds it),
    /// or in <c>PARENT/.bundle-journal/</c> when null.
    /// </summary>
    public static FolderSwitch Begin(string parent, IReadOnlyList<string> names, string? journalFolder, string marker)
    {
        parent = Path.GetFullPath(parent).TrimEnd(Path.DirectorySeparatorChar);
        var ownFolder = journalFolder is null;
        var folder = journalFolder ?? Path.Combine(parent, ".bundle-journal");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parent)))[..16];
        var journal = Path.Combine(folder, Prefix + hash + ".journal");
        var held = WriteLock.TryAcquire(journal + ".lock", TimeSpan.FromSeconds(30))
            ?? throw new IOException($"another publish is writing to {parent} ({journal}.lock is locked)");
        try
        {
            RecoverHeld(journal);
            foreach (var name in names)
            {
                foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.staging-*").ToList())
                {
                    Directory.Delete(stale, recursive: true);
                    FaultInjection.Step();
                }
            }
            var id = Guid.NewGuid().ToString("N")[..12];
            var stages = names.Distinct(StringComparer.Ordinal).ToDictionary(n => n, n => $".{n}.staging-{id}", StringComparer.Ordinal);
            Action? cleanUp = ownFolder ? () => RemoveIfEmpty(folder, journal + ".lock") : null;
            var change = new FolderSwitch(parent, journal, marker, stages, held, cleanUp);
            change.WriteJournal("building", new Dictionary<string, string>());
            FaultInjection.Step();
            return change;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>The folder to build the new version of <paramref name="name"/> in (created).</summary>
    public string StageOf(string name)
    {
        string stage;
        lock (_gate) stage = Path.Combine(_parent, _stages[name]);
        Directory.CreateDirectory(stage);
        return stage;
    }

    /// <summary>
    /// The spare of <paramref name="name"/> (the version its live folder replaced, kept by the last
    /// switch) when its marker says it is complete and precedes the live version; null otherwise.
    /// Reads only the marker and the two marker files' sizes and times.
    /// </summary>
    public string? SpareOf(string name)
    {
        var spare = Path.Combine(_parent, SpareName(name));
        return Directory.Exists(spare) && SpareMarker.Holds(spare, Path.Combine(spare, _marker), Path.Combine(_parent, name, _marker)) is not null ? spare : null;
    }

    /// <summary>
    /// Makes the spare of <paramref name="name"/> its stage: the journal names it first (a run killed
    /// from here on deletes it), then its marker is removed. The caller then changes it file by file
    /// (never a file in place: the spare and the live folder share files through hard links).
    /// </summary>
    public string TakeSpare(string name)
    {
        var spare = Path.Combine(_parent, SpareName(name));
        lock (_gate)
        {
            _stages[name] = SpareName(name);
            WriteJournal("building", new Dictionary<string, string>());
        }
        FaultInjection.Step();
        SpareMarker.Remove(spare);
        FaultInjection.Step();
        return spare;
    }

    /// <summary>After the switch, <paramref name="name"/>'s old version is kept as its spare instead of deleted (the new version was made from it).</summary>
    public void KeepSpare(string name)
    {
        lock (_gate) _keepSpare.Add(name);
    }

    /// <summary>
    /// Switches the folders whose stages are complete (name → SHA-256 of the new marker file) and
    /// discards the other stages. The stages' files are flushed to disk first.
    /// </summary>
    public void Commit(IReadOnlyDictionary<string, string> ready)
    {
        foreach (var (name, stage) in _stages)
        {
            if (ready.ContainsKey(name)) continue;
            DeleteStage(Path.Combine(_parent, stage));
        }
        Durable.FlushFileSystem(_parent);
        WriteJournal("switching", ready);
        _switching = true;
        FaultInjection.Step();
        foreach (var (name, _) in ready) Switch(Path.Combine(_parent, name), Path.Combine(_parent, _stages[name]));
        Durable.Flush(_parent);
        var kept = KeepSpares(ready);
        Finish(_parent, _journal, _stages.Where(s => !kept.Contains(s.Key)).Select(s => s.Value));
    }

    /// <summary>
    /// Moves each switched folder's old version to its spare name when asked to keep it, and writes the
    /// spare's marker last; a spare left from before that is not kept is deleted (it precedes nothing now).
    /// Returns the names whose stage is now a spare.
    /// </summary>
    private HashSet<string> KeepSpares(IReadOnlyDictionary<string, string> ready)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in ready.Keys)
        {
            var spare = Path.Combine(_parent, SpareName(name));
            var stage = Path.Combine(_parent, _stages[name]);
            var old = Directory.Exists(stage + ".old") ? stage + ".old" : Directory.Exists(stage) ? stage : null;
            if (!_keepSpare.Contains(name) || old is null)
            {
                if (stage != spare) DeleteStage(spare);
                continue;
            }
            if (old != spare)
            {
                DeleteStage(spare);
                Directory.Move(old, spare);
                FaultInjection.Step();
            }
            kept.Add(name);
        }
        if (kept.Count == 0) return kept;
        Durable.Flush(_parent);
        foreach (var name in kept)
        {
            var spare = Path.Combine(_parent, SpareName(name));
            SpareMarker.Write(spare, Path.Combine(spare, _marker), Path.Combine(_parent, name, _marker), ready[name]);
            FaultInjection.Step();
        }
        return kept;
    }

    /// <summary>Without <see cref="Commit"/>, every stage is deleted and the targets stay as they were; after a failed commit the journal stays for the next run.</summary>
    public void Dispose()
    {
        try
        {
            if (!_switching && File.Exists(_journal)) Finish(_parent, _journal, _stages.Values);
        }
        finally
        {
            _lock.Dispose();
            _cleanUp?.Invoke();
        }
    }

    /// <summary>Completes or rolls back every interrupted switch whose journal is in <paramref name="journalFolder"/> and whose lock is free.</summary>
    public static IReadOnlyList<RecoveryNote> Recover(string journalFolder)
    {
        var notes = new List<RecoveryNote>();
        if (!Directory.Exists(journalFolder)) return notes;
        foreach (var journal in Directory.EnumerateFiles(journalFolder, Prefix + "*.journal").ToList())
        {
            using var held = WriteLock.TryAcquire(journal + ".lock", TimeSpan.Zero);
            if (held is null) continue;
            if (RecoverHeld(journal) is { } note) notes.Add(note);
        }
        return notes;
    }

    private static RecoveryNote? RecoverHeld(string journal)
    {
        if (File.Exists(journal + ".tmp"))
        {
            File.Delete(journal + ".tmp");
            FaultInjection.Step();
        }
        if (!File.Exists(journal)) return null;
        var lines = JournalText.Read(journal, Format);
        if (lines is null || lines.Count < 3 || lines[0] is not ["parent", var parent] || lines[1] is not ["marker", var marker] || lines[2] is not ["phase", var phase])
        {
            // Cut short before it was complete: nothing had been switched (the first journal precedes every stage).
            File.Delete(journal);
            FaultInjection.Step();
            return new RecoveryNote(RecoveryKind.Discarded, journal, 0);
        }
        var folders = new List<(string Name, string Stage, string? Sha)>();
        foreach (var line in lines.Skip(3))
        {
            if (line is not ["folder", var name, var stage, var sha] || !Plain(name) || !Plain(stage) || !(stage.StartsWith($".{name}.staging-", StringComparison.Ordinal) || stage == SpareName(name))) continue;
            folders.Add((name, stage, sha == "-" ? null : sha));
        }
        if (phase != "switching")
        {
            // A spare named here was taken for this update: its marker is gone and it may be half updated.
            foreach (var f in folders) DropIncompleteSpare(parent, f.Name, marker);
            Finish(parent, journal, folders.Select(f => f.Stage));
            return new RecoveryNote(RecoveryKind.Discarded, parent, folders.Count);
        }
        var switched = 0;
        foreach (var (name, stage, sha) in folders)
        {
            if (sha is null) continue;
            var target = Path.Combine(parent, name);
            var staged = Path.Combine(parent, stage);
            if (Digest(Path.Combine(target, marker)) == sha) continue; // switched before the run died
            if (Digest(Path.Combine(staged, marker)) != sha) continue; // no new version to switch to: the old one stays
            Switch(target, staged);
            switched++;
        }
        Durable.Flush(parent);
        // A spare whose marker was written before the run died is complete and kept; any other stage or spare goes.
        foreach (var f in folders) DropIncompleteSpare(parent, f.Name, marker);
        Finish(parent, journal, folders.Where(f => f.Stage != SpareName(f.Name) || !Directory.Exists(Path.Combine(parent, f.Stage))).Select(f => f.Stage));
        return new RecoveryNote(RecoveryKind.Completed, parent, switched);
    }

    /// <summary>The new version in <paramref name="stage"/> becomes <paramref name="target"/>; the old one ends in the stage (or its .old sibling) to be deleted.</summary>
    private static void Switch(string target, string stage)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(stage, target);
            FaultInjection.Step();
            return;
        }
        if (Durable.TryExchange(stage, target))
        {
            FaultInjection.Step();
            return;
        }
        // No atomic swap here: the target is missing between these two renames; the journal's digest lets the next run finish.
        var old = stage + ".old";
        Directory.Move(target, old);
        FaultInjection.Step();
        Directory.Move(stage, target);
        FaultInjection.Step();
    }

    /// <summary>Deletes the stages (old versions after a switch, unfinished new ones before) and then the journal.</summary>
    private static void Finish(string parent, string journal, IEnumerable<string> stages)
    {
        foreach (var stage in stages)
        {
            DeleteStage(Path.Combine(parent, stage));
            DeleteStage(Path.Combine(parent, stage) + ".old");
        }
        File.Delete(journal);
        FaultInjection.Step();
    }

    private static void DeleteStage(string path)
    {
        // A spare's marker goes first: a spare is never trusted while it is being deleted.
        if (File.Exists(SpareMarker.PathOf(path))) File.Delete(SpareMarker.PathOf(path));
        if (!Directory.Exists(path)) return;
        Directory.Delete(path, recursive: true);
        FaultInjection.Step();
    }

    private void WriteJournal(string phase, IReadOnlyDictionary<string, string> ready)
    {
        var lines = new List<string[]> { new[] { "parent", _parent }, new[] { "marker", _marker }, new[] { "phase", phase } };
        lines.AddRange(_stages.Where(s => phase == "building" || ready.ContainsKey(s.Key)).Select(s => new[] { "folder", s.Key, s.Value, ready.GetValueOrDefault(s.Key) ?? "-" }));
        JournalText.Write(_journal, Format, lines);
    }

    /// <summary>Deletes <paramref name="name"/>'s spare unless its marker says it is complete and precedes the live version.</summary>
    private static void DropIncompleteSpare(string parent, string name, string marker)
    {
        var spare = Path.Combine(parent, SpareName(name));
        if (Directory.Exists(spare) && SpareMarker.Holds(spare, Path.Combine(spare, marker), Path.Combine(parent, name, marker)) is null) DeleteStage(spare);
    }

    /// <summary>The spare's folder name beside <paramref name="name"/>: a dot-folder, so never served, verified or counted as a release.</summary>
    private static string SpareName(string name) => $".{name}.spare";

    private static string? Digest(string path) => File.Exists(path) ? JournalText.Sha256OfFile(path) : null;

    /// <summary>A single folder name: a journal can never make recovery touch anything but siblings in its parent.</summary>
    private static bool Plain(string name) => name.Length > 0 && name is not ("." or "..") && name.IndexOfAny(['/', '\\']) < 0;

    private static void RemoveIfEmpty(string folder, string lockFile)
    {
        try
        {
            if (Directory.EnumerateFileSystemEntries(folder).All(e => e == lockFile))
            {
                File.Delete(lockFile);
                Directory.Delete(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An empty journal folder left behind does no harm.
        }
    }
}

namespace CatalogTools.Core.Writing;

/// <summary>
/// The file beside a spare folder (<c>.NAME.spare.ready</c>) that says it is complete: the SHA-256 of the
/// spare's marker file (the version it holds) and of the live folder's marker file (the version the
/// spare precedes), each with the size and modification time it had when the marker was written. It is
/// written last, after the spare is flushed, and removed before anything in the spare changes, so a
/// spare without it may be half updated and is never used. A file whose size and time still match is
/// taken to hold its recorded digest (as git's index does); otherwise it is hashed again.
/// </summary>
internal static class SpareMarker
{
    private const string Format = "catalog-spare-marker/1";

    public static string PathOf(string spare) => spare + ".ready";

    /// <summary>Records that <paramref name="spareFile"/> and <paramref name="liveFile"/> are what they are now.</summary>
    /// <param name="liveSha">The live marker file's SHA-256, already known to the caller (the switch's journal has it).</param>
    public static void Write(string spare, string spareFile, string liveFile, string liveSha)
    {
        JournalText.Write(PathOf(spare), Format, [Line("holds", spareFile, JournalText.Sha256OfFile(spareFile)), Line("precedes", liveFile, liveSha)]);
    }

    /// <summary>
    /// The SHA-256 of the version the spare holds, when its marker is there, intact, and both marker files
    /// are the ones it names; null otherwise (no marker, torn, a file missing, changed or replaced).
    /// </summary>
    public static string? Holds(string spare, string spareFile, string liveFile)
    {
        var lines = JournalText.Read(PathOf(spare), Format);
        if (lines is not [["holds", var held, var heldSize, var heldTicks], ["precedes", var live, var liveSize, var liveTicks]]) return null;
        return Matches(spareFile, held, heldSize, heldTicks) && Matches(liveFile, live, liveSize, liveTicks) ? held : null;
    }

    /// <summary>Removes the marker and flushes its folder: from here on the spare may change.</summary>
    public static void Remove(string spare)
    {
        var path = PathOf(spare);
        if (!File.Exists(path)) return;
        File.Delete(path);
        Durable.Flush(Path.GetDirectoryName(path)!);
    }

    private static string[] Line(string role, string file, string sha)
    {
        var info = new FileInfo(file);
        return [role, sha, info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), info.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)];
    }

    private static bool Matches(string file, string sha, string size, string ticks)
    {
        var info = new FileInfo(file);
        if (!info.Exists) return false;
        if (info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) == size && info.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) == ticks) return true;
        return JournalText.Sha256OfFile(file) == sha;
    }
}

using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Caching;

/// <summary>
/// The last whole-catalog check result (<c>.catalog-cache/check.bin</c>), keyed by everything it is
/// a function of: the work tree's fingerprint (every file's path and content, see
/// <see cref="FileCache.Fingerprint"/>), the schemas and the build of the loader and the rules, and
/// the day (suppressions expire). A repeated `check` on an unchanged tree reads it instead of
/// decoding and checking 10^5 items. After the diagnostics it keeps, per file, the content key the
/// result saw, whether the file was readable, the code a misnamed file declares and how many of its
/// diagnostics were suppressed: what <see cref="IncrementalCheck"/> needs to check only what an edit
/// touched and take every other file's diagnostics from here.
/// </summary>
public static class CheckResultCache
{
    private const string Magic = "CATALOG-CHECK";
    private const int FormatVersion = 3;

    /// <param name="rules">The rules the check runs: the build of their assemblies is part of the key.</param>
    public static string Key(string fingerprint, string toolKey, DateOnly today, IEnumerable<ICatalogRule> rules) =>
        Key(fingerprint, BaseKey(toolKey, today, rules));

    /// <summary>The key of a result for a work tree with this fingerprint, under <paramref name="baseKey"/>.</summary>
    public static string Key(string fingerprint, string baseKey) => Hash([fingerprint, baseKey]);

    /// <summary>Everything but the work tree a result is a function of: tools, schemas, rules, day. Equal base keys make a stored result a base for an incremental check.</summary>
    public static string BaseKey(string toolKey, DateOnly today, IEnumerable<ICatalogRule> rules)
    {
        var ruleBuilds = rules.Select(r => r.GetType().Assembly).Distinct().Select(a => a.ManifestModule.ModuleVersionId.ToString()).Order(StringComparer.Ordinal);
        return Hash(new[]
        {
            toolKey, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            typeof(CatalogChecker).Assembly.ManifestModule.ModuleVersionId.ToString(),
        }.Concat(ruleBuilds));
    }

    private static string Hash(IEnumerable<string> parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(part));
            sha.AppendData([0]);
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    /// <summary>The stored diagnostics and summary when they were stored under <paramref name="key"/>.</summary>
    /// <param name="rulesById">Every descriptor a stored diagnostic may name (the loader's and the rules').</param>
    public static (IReadOnlyList<Diagnostic> Diagnostics, CheckSummary Summary)? TryRead(string cacheFolder, string key, IReadOnlyDictionary<string, RuleDescriptor> rulesById) =>
        Read(cacheFolder, key, null, rulesById) is { } stored ? (stored.Diagnostics, stored.Summary) : null;

    /// <summary>
    /// The stored result when it was stored under <paramref name="key"/> (without its files: an exact
    /// hit needs none), else with its files when stored under <paramref name="baseKey"/> (for any work
    /// tree: the base of an incremental check). Null when absent, damaged or of other tools, rules or day.
    /// </summary>
    internal static StoredCheck? TryReadExactOrBase(string cacheFolder, string key, string baseKey, IReadOnlyDictionary<string, RuleDescriptor> rulesById) =>
        Read(cacheFolder, key, baseKey, rulesById);

    /// <summary>With only <paramref name="key"/>: that result or null. With <paramref name="baseKey"/>: see <see cref="TryReadExactOrBase"/>.</summary>
    private static StoredCheck? Read(string cacheFolder, string key, string? baseKey, IReadOnlyDictionary<string, RuleDescriptor> rulesById)
    {
        var path = Path.Combine(cacheFolder, "check.bin");
        try
        {
            if (!File.Exists(path)) return null;
            // Streamed, not read whole: an exact hit stops before the per-file records at the end.
            using var r = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion) return null;
            var storedKey = r.ReadString();
            var storedBase = r.ReadString();
            var exact = storedKey == key;
            if (!exact && (baseKey is null || storedBase != baseKey)) return null;
            var summary = ReadSummary(r);
            var diagnostics = new Diagnostic[Count(r)];
            for (var i = 0; i < diagnostics.Length; i++)
            {
                if (ModelCodec.ReadDiagnostic(r, rulesById) is not { } d) return null;
                diagnostics[i] = d;
            }
            // An exact hit needs no files; they follow the diagnostics so that it does not read them.
            if (exact) return new StoredCheck(storedKey, [], diagnostics, summary);
            var files = new StoredFile[Count(r)];
            for (var i = 0; i < files.Length; i++)
            {
                var file = r.ReadString();
                var content = CacheKey.Read(r);
                var readable = r.ReadBoolean();
                var misnamed = r.ReadBoolean() ? r.ReadString() : null;
                files[i] = new StoredFile(file, content, readable, misnamed, r.ReadInt32());
            }
            return new StoredCheck(storedKey, files, diagnostics, summary);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A count of records that follow, each at least a few bytes long: a damaged file cannot ask for more than it holds.</summary>
    private static int Count(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position) throw new EndOfStreamException("a count beyond the end of check.bin");
        return count;
    }

    /// <param name="files">Every file of the checked work tree, in path order.</param>
    internal static void Write(string cacheFolder, string key, string baseKey, IReadOnlyList<StoredFile> files, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary) =>
        CacheFiles.WriteAtomically(Path.Combine(cacheFolder, "check.bin"), w =>
        {
            CacheFiles.WriteHeader(w, Magic, FormatVersion, key);
            w.Write(baseKey);
            WriteSummary(w, summary);
            w.Write(diagnostics.Count);
            foreach (var d in diagnostics) ModelCodec.WriteDiagnostic(w, d);
            w.Write(files.Count);
            foreach (var f in files)
            {
                w.Write(f.Path);
                f.Content.Write(w);
                w.Write(f.Readable);
                w.Write(f.Misnamed is not null);
                if (f.Misnamed is not null) w.Write(f.Misnamed);
                w.Write(f.Suppressed);
            }
        });
    private static void WriteSummary(BinaryWriter w, CheckSummary s)
    {
        foreach (var n in new[] { s.Files, s.StandardItems, s.Implementations, s.RegistryEntries ?? -1, s.Errors, s.Warnings, s.Infos, s.Suppressed, s.Rules }) w.Write(n);
        w.Write(s.Coverage is not null);
        if (s.Coverage is { } c)
        {
            w.Write(c.Scope);
            w.Write(c.Zh);
            w.Write(c.En);
        }
        w.Write(s.FilesByKind.Count);
        foreach (var (kind, count) in s.FilesByKind)
        {
            w.Write(kind);
            w.Write(count);
        }
    }

    private static CheckSummary ReadSummary(BinaryReader r)
    {
        var n = new int[9];
        for (var i = 0; i < n.Length; i++) n[i] = r.ReadInt32();
        var coverage = r.ReadBoolean() ? new SummaryCoverage(r.ReadString(), r.ReadString(), r.ReadString()) : null;
        var byKind = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var count = r.ReadInt32(); count > 0; count--) byKind[r.ReadString()] = r.ReadInt32();
        return new CheckSummary(n[0], n[1], n[2], n[3] < 0 ? null : n[3], n[4], n[5], n[6], n[7], n[8], byKind) { Coverage = coverage };
    }
}

/// <summary>One file of a stored check: its content key, readable or not, the code it declares when misnamed (see <see cref="MisnamedFiles"/>), and its suppressed diagnostics.</summary>
internal readonly record struct StoredFile(string Path, CacheKey Content, bool Readable, string? Misnamed, int Suppressed);

/// <summary>A stored check result with the files it was made of (empty when read for an exact hit).</summary>
internal sealed record StoredCheck(string Key, IReadOnlyList<StoredFile> Files, IReadOnlyList<Diagnostic> Diagnostics, CheckSummary Summary);

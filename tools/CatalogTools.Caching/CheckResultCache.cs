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
/// decoding and checking 10^5 items; any change anywhere is a miss.
/// </summary>
public static class CheckResultCache
{
    private const string Magic = "CATALOG-CHECK";
    private const int FormatVersion = 1;

    /// <param name="rules">The rules the check runs: the build of their assemblies is part of the key.</param>
    public static string Key(string fingerprint, string toolKey, DateOnly today, IEnumerable<ICatalogRule> rules)
    {
        var ruleBuilds = rules.Select(r => r.GetType().Assembly).Distinct().Select(a => a.ManifestModule.ModuleVersionId.ToString()).Order(StringComparer.Ordinal);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[]
                 {
                     fingerprint, toolKey, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                     typeof(CatalogChecker).Assembly.ManifestModule.ModuleVersionId.ToString(),
                 }.Concat(ruleBuilds))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(part));
            sha.AppendData([0]);
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    /// <summary>The stored diagnostics and summary when they were stored under <paramref name="key"/>.</summary>
    /// <param name="rulesById">Every descriptor a stored diagnostic may name (the loader's and the rules').</param>
    public static (IReadOnlyList<Diagnostic> Diagnostics, CheckSummary Summary)? TryRead(string cacheFolder, string key, IReadOnlyDictionary<string, RuleDescriptor> rulesById)
    {
        var path = Path.Combine(cacheFolder, "check.bin");
        try
        {
            if (!File.Exists(path)) return null;
            using var r = new BinaryReader(new MemoryStream(File.ReadAllBytes(path), writable: false), Encoding.UTF8);
            if (!CacheFiles.HasHeader(r, Magic, FormatVersion, key)) return null;
            var summary = ReadSummary(r);
            var diagnostics = new Diagnostic[r.ReadInt32()];
            for (var i = 0; i < diagnostics.Length; i++)
            {
                if (ModelCodec.ReadDiagnostic(r, rulesById) is not { } d) return null;
                diagnostics[i] = d;
            }
            return (diagnostics, summary);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    public static void Write(string cacheFolder, string key, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary) =>
        CacheFiles.WriteAtomically(Path.Combine(cacheFolder, "check.bin"), w =>
        {
            CacheFiles.WriteHeader(w, Magic, FormatVersion, key);
            WriteSummary(w, summary);
            w.Write(diagnostics.Count);
            foreach (var d in diagnostics) ModelCodec.WriteDiagnostic(w, d);
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

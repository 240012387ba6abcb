using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Reporting;

/// <summary>
/// A finding's identity across pushes, for SARIF partialFingerprints and GitLab's fingerprint:
/// rule, repository path, item and message arguments — never the line or column, so an edit
/// elsewhere in the file that moves the finding keeps its alert. Arguments that are themselves
/// line numbers are left out for the same reason. Equal findings get an occurrence suffix.
/// </summary>
public static class FindingFingerprint
{
    public static IReadOnlyList<string> For(IReadOnlyList<Diagnostic> diagnostics, Func<string, string> repoPath)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            var key = new StringBuilder().Append(d.Rule.Id).Append('\n').Append(d.Place ?? repoPath(d.File)).Append('\n').Append(d.Item).Append('\n');
            foreach (var (name, value) in d.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                if (name.EndsWith("line", StringComparison.OrdinalIgnoreCase)) continue;
                key.Append(name).Append('=').Append(value.Identity).Append('\n');
            }
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..32];
            var n = seen[hash] = seen.GetValueOrDefault(hash) + 1;
            result[i] = n == 1 ? hash : $"{hash}:{n}";
        }
        return result;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Core.Loading;

/// <summary>
/// A rule switched off in one file: <c># catalog-disable CAT0031 until 2027-06-30: 理由</c>.
/// Without a reason or a date, or past its date, it suppresses nothing and is itself an error.
/// </summary>
public sealed partial record Suppression(string RuleId, DateOnly? Until, string? Reason, int Line, int Column)
{
    [GeneratedRegex(@"^\s*catalog-disable\s+(?<rule>CAT\d{4})(?:\s+until\s+(?<date>\S+?))?\s*(?:[:：]\s*(?<reason>.*))?$")]
    private static partial Regex Pattern();

    public static List<Suppression> FromComments(IEnumerable<YComment> comments)
    {
        var result = new List<Suppression>();
        foreach (var comment in comments)
        {
            if (!comment.Text.Contains("catalog-disable", StringComparison.Ordinal)) continue;
            var match = Pattern().Match(comment.Text);
            if (!match.Success)
            {
                result.Add(new Suppression("", null, null, comment.Line, comment.Column));
                continue;
            }
            DateOnly? until = DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            result.Add(new Suppression(match.Groups["rule"].Value, until, string.IsNullOrEmpty(reason) ? null : reason, comment.Line, comment.Column));
        }
        return result;
    }

    /// <summary>
    /// Whether a rule can be switched off in one file: only the rules check runs over the YAML
    /// (CAT0001–CAT0099). Lock, workbook and audit rules judge the lock, a workbook or a channel,
    /// not the file the comment is in; policy.yaml's severities are the one way to tune them.
    /// </summary>
    public static bool CanSuppress(string ruleId) =>
        ruleId.Length == 7 && ruleId.StartsWith("CAT", StringComparison.Ordinal) && int.TryParse(ruleId.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 99;

    /// <summary>Null when it may suppress on <paramref name="today"/>, else why not.</summary>
    public Diagnostics.MessageText? Problem(DateOnly today)
    {
        if (RuleId.Length == 0) return new("suppression.unreadable");
        if (!CanSuppress(RuleId)) return new("suppression.notACheckRule", ("rule", RuleId));
        if (Reason is null) return new("suppression.noReason", ("rule", RuleId));
        if (Until is null) return new("suppression.noExpiryDate", ("rule", RuleId));
        if (Until.Value < today) return new("suppression.expired", ("rule", RuleId), ("until", Until.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return null;
    }
}

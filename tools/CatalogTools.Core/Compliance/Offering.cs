using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;

namespace CatalogTools.Core.Compliance;

/// <summary>Why an implementation is not offered to applicants.</summary>
public enum NotOffered
{
    /// <summary>The implementation itself is 已停用.</summary>
    RetiredItem,

    /// <summary>Its standard item is 已停用 (the implementation is still marked 在用: CAT0035).</summary>
    RetiredStandard,

    /// <summary>Its standard item does not exist (CAT0010).</summary>
    UnknownStandard,
}

/// <summary>
/// Which implementations are offered: active and over an active standard. Retiring a standard
/// retires what implements it (《黑龙江省加快推进“互联网+政务服务”工作方案》二(一)5: cancelled items are
/// followed through, 动态调整), so the report does not count such items, publish leaves them out
/// and says why, and CAT0035 asks the offices to retire them too.
/// </summary>
public static class Offering
{
    public static bool IsOffered(ResolvedItem item) => item.Implementation.IsActive && item.Standard.IsActive;

    public static NotOffered? WhyNot(CatalogIndex index, Implementation implementation)
    {
        if (!implementation.IsActive) return NotOffered.RetiredItem;
        if (!index.Standards.TryGetValue(implementation.StandardCode, out var standard)) return NotOffered.UnknownStandard;
        return standard.IsActive ? null : NotOffered.RetiredStandard;
    }

    /// <summary>Every implementation not offered, in code order, with the reason.</summary>
    public static IEnumerable<(Implementation Implementation, NotOffered Reason)> LeftOut(CatalogIndex index)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (WhyNot(index, implementation) is { } reason) yield return (implementation, reason);
        }
    }

    /// <summary>The reason in words, both languages (a localized argument).</summary>
    public static string Describe(NotOffered reason, Implementation implementation) => reason switch
    {
        NotOffered.RetiredItem => MessageTemplateFormatter.Localized(
            $"实施清单已停用{Since(implementation.RetiredOn, true)}", $"the implementation is retired{Since(implementation.RetiredOn, false)}"),
        NotOffered.RetiredStandard => MessageTemplateFormatter.Localized(
            $"标准事项 {implementation.StandardCode} 已停用，实施清单仍写着在用（CAT0035）", $"standard item {implementation.StandardCode} is retired while the implementation is still active (CAT0035)"),
        _ => MessageTemplateFormatter.Localized(
            $"标准事项 {implementation.StandardCode} 不存在（CAT0010）", $"standard item {implementation.StandardCode} does not exist (CAT0010)"),
    };

    private static string Since(string? date, bool zh) => date is null ? "" : zh ? $"（{date}）" : $" ({date})";
}

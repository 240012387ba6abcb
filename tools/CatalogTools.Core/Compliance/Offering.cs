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

    /// <summary>The reason as a message the caller words.</summary>
    public static MessageText Describe(NotOffered reason, Implementation implementation) => reason switch
    {
        NotOffered.RetiredItem => implementation.RetiredOn is { } date
            ? new MessageText("offering.implementationRetiredOn", ("date", date))
            : new MessageText("offering.implementationRetired"),
        NotOffered.RetiredStandard => new MessageText("offering.standardRetired", ("standard", implementation.StandardCode)),
        _ => new MessageText("offering.standardMissing", ("standard", implementation.StandardCode)),
    };
}

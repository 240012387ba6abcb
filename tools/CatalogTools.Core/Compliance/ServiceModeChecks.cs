using CatalogTools.Core.Index;
using CatalogTools.Core.Model;

namespace CatalogTools.Core.Compliance;

/// <summary>Why a 一件事 member cannot be part of the bundle.</summary>
public enum BundleMemberProblem
{
    /// <summary>No implementation has this code.</summary>
    Unknown,

    /// <summary>The implementation is 已停用, or its standard is.</summary>
    NotOffered,
}

/// <summary>
/// The predicates of the service modes, shared by the rules (CAT0075–CAT0082) and the report figures,
/// so a rule and the figure behind it can never disagree.
/// </summary>
public static class ServiceModeChecks
{
    /// <summary>帮办代办 is published as offered (《平顶山市一体化政务服务能力提升实施方案》39: 事项全覆盖).</summary>
    public static bool OffersAssistance(Implementation implementation) => implementation.Assistance is { Offered: true };

    /// <summary>涉密 or 法律另有规定: the item leaves the online figures (网上可办, 全程网办, depth shares).</summary>
    public static bool IsOnlineExempt(StandardItem standard) => standard.OnlineExemption is not null;

    /// <summary>What is wrong with a member code, or null when it is an offered implementation.</summary>
    public static BundleMemberProblem? MemberProblem(CatalogIndex index, string code)
    {
        if (!index.Implementations.TryGetValue(code, out var implementation)) return BundleMemberProblem.Unknown;
        return Offering.WhyNot(index, implementation) is null ? null : BundleMemberProblem.NotOffered;
    }

    /// <summary>The offered members of a bundle, in the order written.</summary>
    public static List<Implementation> OfferedMembers(CatalogIndex index, ServiceBundle bundle)
    {
        var list = new List<Implementation>();
        foreach (var code in bundle.Members.Distinct(StringComparer.Ordinal))
        {
            if (MemberProblem(index, code) is null) list.Add(index.Implementations[code]);
        }
        return list;
    }

    /// <summary>
    /// The longest a bundle may promise: the members' promised limits one after another (what the applicant
    /// faces without the bundle), in the bundle's unit; null when a member states no promised limit.
    /// Mixed units count 5 工作日 as 7 自然日, rounded up in the bundle's favour.
    /// </summary>
    public static TimeLimit? LimitBound(IReadOnlyList<Implementation> members, string unit)
    {
        if (members.Count == 0) return null;
        var calendar = 0.0;
        var same = 0;
        var mixed = false;
        foreach (var m in members)
        {
            if (m.PromisedLimit is not { } limit) return null;
            if (limit.Unit == unit) same += limit.Days;
            else mixed = true;
            calendar += limit.Unit == Vocabulary.CalendarDays ? limit.Days : limit.Days * 7.0 / 5.0;
        }
        if (!mixed) return new TimeLimit(same, unit);
        var days = unit == Vocabulary.CalendarDays ? calendar : calendar * 5.0 / 7.0;
        return new TimeLimit((int)Math.Ceiling(days - 1e-9), unit);
    }

    /// <summary>The most visits a bundle may ask: as many as its most demanding member (one trip serves them all); null when no member states visits.</summary>
    public static int? VisitsBound(IReadOnlyList<Implementation> members)
    {
        int? most = null;
        foreach (var m in members)
        {
            if (m.Visits is int v) most = most is null ? v : Math.Max(most.Value, v);
        }
        return most;
    }
}

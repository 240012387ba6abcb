using CatalogTools.Core.Model;

namespace CatalogTools.Core.Compliance;

/// <summary>
/// The promised-limit compression targets (75 % for 自然人, 70 % for 法人 items: 《平顶山市一体化政务服务能力提升实施方案》
/// 一(一)1), for CAT0048 and the two compression figures alike. An item serving both 自然人 and 法人
/// counts in both figures, so it must meet both targets: the rule holds it to the stricter one.
/// </summary>
public static class CompressionTargets
{
    public const string NaturalPersonKey = "compressionNaturalPerson";
    public const string LegalPersonKey = "compressionLegalPerson";

    public static bool CountsForNaturalPerson(IReadOnlyList<string> serviceObjects) => serviceObjects.Contains(Vocabulary.NaturalPerson);

    public static bool CountsForLegalPerson(IReadOnlyList<string> serviceObjects) => serviceObjects.Contains(Vocabulary.LegalPerson);

    /// <summary>The strictest target among the figures the item counts in, and the service object it belongs to; null when it counts in none.</summary>
    public static (double Target, string ServiceObject)? StrictestFor(IReadOnlyList<string> serviceObjects, Func<string, double> target)
    {
        (double, string)? strictest = null;
        if (CountsForNaturalPerson(serviceObjects)) strictest = (target(NaturalPersonKey), Vocabulary.NaturalPerson);
        if (CountsForLegalPerson(serviceObjects))
        {
            var legal = target(LegalPersonKey);
            if (strictest is null || legal > strictest.Value.Item1) strictest = (legal, Vocabulary.LegalPerson);
        }
        return strictest;
    }

    /// <summary>
    /// 1 − promised / statutory; null when the statutory limit is absent or 0 days (nothing to compress).
    /// Different units compare with 5 工作日 = 7 自然日. A missing promise counts as no compression.
    /// </summary>
    public static double? Compression(TimeLimit? statutory, TimeLimit? promised)
    {
        if (statutory is null || statutory.Days <= 0) return null;
        if (promised is null) return 0;
        double s = statutory.Days, p = promised.Days;
        if (statutory.Unit != promised.Unit)
        {
            if (statutory.Unit == Vocabulary.CalendarDays) s = s * 5 / 7;
            if (promised.Unit == Vocabulary.CalendarDays) p = p * 5 / 7;
        }
        return 1 - p / s;
    }

    /// <summary>True when the compression misses the target (the same tolerance in rule and figure).</summary>
    public static bool Misses(double compression, double target) => compression < target - 1e-9;
}

using CatalogTools.Core.Comparison;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using static CatalogTools.Reports.Computing.FigureDefinitions;

namespace CatalogTools.Reports.Computing;

/// <summary>
/// What one resolved implementation contributes to each figure (numerator, denominator) and, when
/// asked, why it is behind a miss. The definitions, exactly (also in docs/reports.md):
/// <list type="bullet">
/// <item>compression = 1 − promised / statutory, per item whose statutory limit is &gt; 0 days; a
/// 自然日 limit counts 5/7 of its days as 工作日 when the two limits differ in unit; a missing
/// promised limit counts as the statutory limit (compression 0). The natural-person figure averages
/// over items whose service objects include 自然人, the legal-person figure over those including 法人.</item>
/// <item>即办件 share: handlingType 即办件 over all items.</item>
/// <item>average visits: mean of visits over items that state visits.</item>
/// <item>depth shares: depth 三级 or 四级 / 四级 over all items.</item>
/// <item>网上可办: at least one online channel (网上办事大厅, 政务服务移动端, 第三方平台) and depth ≥ 三级;
/// 全程网办: an online channel and depth 四级.</item>
/// <item>最多跑一次: visits ≤ 1, over items that state visits.</item>
/// <item>免提交: over materials whose licence code (or name) the e-licence catalog holds, the share marked exempt.</item>
/// <item>cancelled proofs still required: materials named on the cancelled list and not marked optional.</item>
/// <item>same standard: ElementComparer.Compare(standard, own, onlyWhereRightHas: true) is empty.</item>
/// </list>
/// </summary>
public sealed class ItemEvaluator(CatalogIndex index, double[] targets)
{
    public readonly double[] Numerators = new double[Count];
    public readonly long[] Denominators = new long[Count];
    public long Materials;
    public long Steps;
    public long Days;

    /// <summary>Fills the contribution arrays for <paramref name="item"/>; <paramref name="misses"/> (when given) gets a reason per missed figure.</summary>
    public void Evaluate(ResolvedItem item, string?[]? misses)
    {
        Array.Clear(Numerators);
        Array.Clear(Denominators);
        if (misses is not null) Array.Clear(misses);
        var impl = item.Implementation;

        var compression = Compression(item.StatutoryLimit, impl.PromisedLimit);
        if (compression is not null)
        {
            var objects = item.ServiceObjects;
            if (objects.Contains(Vocabulary.NaturalPerson)) Add(CompressionNaturalPerson, compression.Value, misses, compression.Value < targets[CompressionNaturalPerson] - 1e-12, Percent(compression.Value));
            if (objects.Contains(Vocabulary.LegalPerson)) Add(CompressionLegalPerson, compression.Value, misses, compression.Value < targets[CompressionLegalPerson] - 1e-12, Percent(compression.Value));
        }

        var immediate = impl.HandlingType == Vocabulary.Immediate;
        Add(ImmediateShare, immediate ? 1 : 0, misses, !immediate, impl.HandlingType ?? "—");

        if (impl.Visits is int visits)
        {
            Add(AverageVisits, visits, misses, visits > 0, visits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(MostOneVisitShare, visits <= 1 ? 1 : 0, misses, visits > 1, visits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var depth = impl.OnlineDepth;
        var level3 = depth is "三级" or "四级";
        var level4 = depth == "四级";
        Add(DepthLevel3Share, level3 ? 1 : 0, misses, !level3, depth ?? "—");
        Add(DepthLevel4Share, level4 ? 1 : 0, misses, !level4, depth ?? "—");

        var onlineChannel = false;
        foreach (var channel in impl.Channels)
        {
            if (Vocabulary.OnlineChannels.Contains(channel)) { onlineChannel = true; break; }
        }
        var online = onlineChannel && level3;
        var fullyOnline = onlineChannel && level4;
        var channelText = (depth ?? "—") + " / " + (onlineChannel ? string.Join("、", impl.Channels) : "—");
        Add(OnlineShare, online ? 1 : 0, misses, !online, channelText);
        Add(FullyOnlineShare, fullyOnline ? 1 : 0, misses, !fullyOnline, channelText);

        List<string>? notExempt = null;
        List<string>? cancelled = null;
        foreach (var m in item.Materials)
        {
            if (IsHeld(m))
            {
                Denominators[ExemptShare]++;
                if (m.Exempt == true) Numerators[ExemptShare]++;
                else (notExempt ??= []).Add(m.Name);
            }
            if (m.Required != false && index.CancelledProofs.ContainsKey(m.Name))
            {
                Numerators[CancelledProofsRequired]++;
                (cancelled ??= []).Add(m.Name);
            }
        }
        Denominators[CancelledProofsRequired] = 1;
        if (misses is not null)
        {
            if (notExempt is not null) misses[ExemptShare] = string.Join("、", notExempt);
            if (cancelled is not null) misses[CancelledProofsRequired] = string.Join("、", cancelled);
        }

        var divergences = ElementComparer.Compare(item.Standard.Elements, impl.Own, onlyWhereRightHas: true);
        Add(SameStandardShare, divergences.Count == 0 ? 1 : 0, misses, divergences.Count > 0, string.Join("、", divergences.Select(d => d.Element).Distinct()));

        Materials = item.Materials.Count;
        Steps = item.Steps.Count;
        Days = impl.PromisedLimit?.Days ?? item.StatutoryLimit?.Days ?? 0;
    }

    private bool IsHeld(Material m) =>
        (m.Licence is not null && index.ELicences.ContainsKey(m.Licence)) || index.ELicencesByName.ContainsKey(m.Name);

    private void Add(int figure, double numerator, string?[]? misses, bool missed, string detail)
    {
        Numerators[figure] += numerator;
        Denominators[figure]++;
        if (missed && misses is not null) misses[figure] = detail;
    }

    /// <summary>1 − promised / statutory; null when the statutory limit is absent or 0 days (nothing to compress).</summary>
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

    private static string Percent(double v) => (v * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}

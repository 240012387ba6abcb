using CatalogTools.Core.Comparison;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Matching;
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
/// <item>免提交: over materials the e-licence catalog holds or may hold (<see cref="RegistryMatches.Licence"/>: licence code, normalized
/// name or alias, or a near name), the share marked exempt; a near name not marked exempt is not proven met, so it counts as missed.</item>
/// <item>cancelled proofs still listed: materials that are a cancelled proof within its scope (<see cref="RegistryMatches.CancelledProof"/>),
/// optional or not, near names included (not proven met).</item>
/// <item>网上可办, 全程网办 and the depth shares leave out items whose standard is exempt (涉密 / 法律另有规定: <see cref="ServiceModeChecks.IsOnlineExempt"/>).</item>
/// <item>帮办代办: items publishing assistance offered (<see cref="ServiceModeChecks.OffersAssistance"/>) over all items.</item>
/// <item>通办 shares: items whose 通办范围 reaches at least 市（州）内 / 省内 / 跨省 / 全国 over all items (no target).</item>
/// <item>same standard: ElementComparer.Compare(standard, own, onlyWhereRightHas: true) is empty.</item>
/// <item>全要素率: the guide has every element <see cref="GuideCompleteness.Gaps(ResolvedItem)"/> checks (the
/// predicates of CAT0052, CAT0072, CAT0090–CAT0093).</item>
/// </list>
/// </summary>
public sealed class ItemEvaluator(CatalogIndex index, double[] targets)
{
    public readonly double[] Numerators = new double[Count];
    public readonly long[] Denominators = new long[Count];
    public long Materials;
    public long Steps;
    public long Days;

    /// <summary>On-site visits (到现场次数) of the item, 0 when not stated: the 减跑动 total.</summary>
    public long Visits;

    /// <summary>Equal details of different items kept once (a strict policy names one per missed figure per item).</summary>
    private readonly SharedDetails _details = new();

    /// <summary>
    /// Fills the contribution arrays for <paramref name="item"/>; <paramref name="misses"/> (when given) gets a reason per
    /// missed figure, a message the renderers word in the reader's language (catalog names stay as the files write them).
    /// </summary>
    public void Evaluate(ResolvedItem item, MessageArgument?[]? misses)
    {
        Array.Clear(Numerators);
        Array.Clear(Denominators);
        if (misses is not null) Array.Clear(misses);
        var impl = item.Implementation;

        var compression = Compression(item.StatutoryLimit, impl.PromisedLimit);
        if (compression is not null)
        {
            var objects = item.ServiceObjects;
            if (CompressionTargets.CountsForNaturalPerson(objects)) Add(CompressionNaturalPerson, compression.Value, misses, CompressionTargets.Misses(compression.Value, targets[CompressionNaturalPerson]), Percent(compression.Value));
            if (CompressionTargets.CountsForLegalPerson(objects)) Add(CompressionLegalPerson, compression.Value, misses, CompressionTargets.Misses(compression.Value, targets[CompressionLegalPerson]), Percent(compression.Value));
        }

        var immediate = impl.HandlingType == Vocabulary.Immediate;
        Add(ImmediateShare, immediate ? 1 : 0, misses, !immediate, VocabularyNames.HandlingType(impl.HandlingType));

        if (impl.Visits is int visits)
        {
            Add(AverageVisits, visits, misses, visits > 0, visits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(MostOneVisitShare, visits <= 1 ? 1 : 0, misses, visits > 1, visits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var depth = impl.OnlineDepth;
        var level3 = depth is Vocabulary.DepthLevel3 or Vocabulary.DepthLevel4;
        var level4 = depth == Vocabulary.DepthLevel4;
        // 涉密 or 法律另有规定: outside 网上可办 and the depth figures (《哈尔滨市“一网通办”向基层延伸工作方案》二(三)).
        var exempt = ServiceModeChecks.IsOnlineExempt(item.Standard);
        if (!exempt)
        {
            Add(DepthLevel3Share, level3 ? 1 : 0, misses, !level3, VocabularyNames.OnlineDepth(depth));
            Add(DepthLevel4Share, level4 ? 1 : 0, misses, !level4, VocabularyNames.OnlineDepth(depth));
        }

        var onlineChannel = false;
        foreach (var channel in impl.Channels)
        {
            if (Vocabulary.OnlineChannels.Contains(channel)) { onlineChannel = true; break; }
        }
        var online = onlineChannel && level3;
        var fullyOnline = onlineChannel && level4;
        if (!exempt)
        {
            var channelText = misses is null || fullyOnline ? default : (MessageArgument)DepthAndChannels(depth, onlineChannel ? impl.Channels : null);
            Add(OnlineShare, online ? 1 : 0, misses, !online, channelText);
            Add(FullyOnlineShare, fullyOnline ? 1 : 0, misses, !fullyOnline, channelText);
        }

        var assisted = ServiceModeChecks.OffersAssistance(impl);
        Add(AssistanceShare, assisted ? 1 : 0, misses, !assisted, impl.Assistance is null ? AssistanceNotPublished : AssistanceNotOffered);
        var reach = Vocabulary.CrossRegionReach(impl.CrossRegion);
        Add(CrossRegionPrefectureShare, reach >= 1 ? 1 : 0, null, false, default);
        Add(CrossRegionProvinceShare, reach >= 2 ? 1 : 0, null, false, default);
        Add(CrossRegionInterProvinceShare, reach >= 3 ? 1 : 0, null, false, default);
        Add(CrossRegionNationalShare, reach >= 4 ? 1 : 0, null, false, default);

        List<MessageArgument>? notExempt = null;
        List<MessageArgument>? cancelled = null;
        var standard = item.Standard;
        foreach (var m in item.Materials)
        {
            var licence = RegistryMatches.Licence(index, m);
            if (licence.Certainty != MatchCertainty.None)
            {
                Denominators[ExemptShare]++;
                if (!RegistryMatches.LicenceNotExempt(m, licence)) Numerators[ExemptShare]++;
                else (notExempt ??= []).Add(Named(m.Name, licence.IsNear, licence.Entry!.Name));
            }
            var proof = RegistryMatches.CancelledProof(index, m, standard.Code, standard.Type);
            if (RegistryMatches.StillAsksFor(proof))
            {
                Numerators[CancelledProofsRequired]++;
                (cancelled ??= []).Add(Named(m.Name, proof.IsNear, proof.Entry!.Name));
            }
        }
        Denominators[CancelledProofsRequired] = 1;
        if (misses is not null)
        {
            if (notExempt is not null) misses[ExemptShare] = _details.Share(new MessageList(ListSeparator, notExempt));
            if (cancelled is not null) misses[CancelledProofsRequired] = _details.Share(new MessageList(ListSeparator, cancelled));
        }

        var divergences = ElementComparer.Compare(item.Standard.Elements, impl.Own, onlyWhereRightHas: true);
        // The element keys as they were (materials, fees), in every language; only the separator follows the reader.
        Add(SameStandardShare, divergences.Count == 0 ? 1 : 0, misses, divergences.Count > 0,
            divergences.Count == 0 ? default(MessageArgument) : new MessageList(ListSeparator, divergences.Select(d => d.Element).Distinct().Select(e => (MessageArgument)e).ToList()));

        var gaps = GuideCompleteness.Gaps(item);
        Add(GuideCompleteShare, gaps.Count == 0 ? 1 : 0, misses, gaps.Count > 0, gaps.Count == 0 ? default(MessageArgument) : new MessageList(GapSeparator, gaps));

        Materials = item.Materials.Count;
        Steps = item.Steps.Count;
        Days = impl.PromisedLimit?.Days ?? item.StatutoryLimit?.Days ?? 0;
        Visits = impl.Visits ?? 0;
    }

    private const string ListSeparator = "list.separator";

    /// <summary>Between the gaps of a guide: 、 as before in Chinese, "; " in English, where a material's own gaps are joined by ", ".</summary>
    private const string GapSeparator = "reportDetail.gapSeparator";
    private static readonly MessageText AssistanceNotPublished = new("reportDetail.assistanceNotPublished");
    private static readonly MessageText AssistanceNotOffered = new("reportDetail.assistanceNotOffered");

    /// <summary>A material in a drill-down row; a near match (not proven, counted as not met) says so and names the entry.</summary>
    private static MessageArgument Named(string material, bool near, string entry) =>
        near ? new MessageText("reportDetail.nearMatch", ("material", material), ("entry", entry)) : material;

    /// <summary>The online depth and the channels (null: no online channel) behind a missed 网上可办 / 全程网办.</summary>
    private static MessageText DepthAndChannels(string? depth, IReadOnlyList<string>? channels) => new(
        "reportDetail.depthAndChannels",
        ("depth", VocabularyNames.OnlineDepth(depth)),
        ("channels", channels is null ? "—" : new MessageList(ListSeparator, channels.Select(VocabularyNames.Channel).ToList())));

    private void Add(int figure, double numerator, MessageArgument?[]? misses, bool missed, MessageArgument detail)
    {
        Numerators[figure] += numerator;
        Denominators[figure]++;
        if (missed && misses is not null) misses[figure] = _details.Share(detail);
    }

    /// <summary>1 − promised / statutory; null when the statutory limit is absent or 0 days (see <see cref="CompressionTargets.Compression"/>).</summary>
    public static double? Compression(TimeLimit? statutory, TimeLimit? promised) => CompressionTargets.Compression(statutory, promised);

    private static string Percent(double v) => (v * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}

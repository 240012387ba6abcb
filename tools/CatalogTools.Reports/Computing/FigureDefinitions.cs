using CatalogTools.Core.Model;
using CatalogTools.Reports.Model;

namespace CatalogTools.Reports.Computing;

/// <summary>A policy figure: its key (also its threshold key in policy.yaml), direction, unit and default target.</summary>
public sealed record FigureDefinition(int Index, string Key, TargetKind Kind, FigureUnit Unit, double DefaultTarget);

/// <summary>
/// The policy figures, in report order. Targets come from <see cref="Policy.Threshold"/>; keys the
/// policy file does not set fall back to <see cref="FigureDefinition.DefaultTarget"/> (the
/// domain's numbers: 《平顶山市一体化政务服务能力提升实施方案》一(一)1, 《自治州推进政务服务“州内通办”一体化实施方案》一,
/// 《哈尔滨市“一网通办”向基层延伸工作方案》（哈政办规〔2021〕7号）二(三); 全要素率 asks for every guide complete).
/// </summary>
public static class FigureDefinitions
{
    public const int CompressionNaturalPerson = 0;
    public const int CompressionLegalPerson = 1;
    public const int ImmediateShare = 2;
    public const int AverageVisits = 3;
    public const int DepthLevel3Share = 4;
    public const int DepthLevel4Share = 5;
    public const int OnlineShare = 6;
    public const int FullyOnlineShare = 7;
    public const int MostOneVisitShare = 8;
    public const int ExemptShare = 9;
    public const int CancelledProofsRequired = 10;
    public const int SameStandardShare = 11;
    public const int GuideCompleteShare = 12;
    public const int AssistanceShare = 13;
    public const int CrossRegionPrefectureShare = 14;
    public const int CrossRegionProvinceShare = 15;
    public const int CrossRegionInterProvinceShare = 16;
    public const int CrossRegionNationalShare = 17;

    public static readonly IReadOnlyList<FigureDefinition> All =
    [
        new(CompressionNaturalPerson, "compressionNaturalPerson", TargetKind.AtLeast, FigureUnit.Share, 0.75),
        new(CompressionLegalPerson, "compressionLegalPerson", TargetKind.AtLeast, FigureUnit.Share, 0.70),
        new(ImmediateShare, "immediateShare", TargetKind.AtLeast, FigureUnit.Share, 0.40),
        new(AverageVisits, "averageVisits", TargetKind.AtMost, FigureUnit.Average, 0.1),
        new(DepthLevel3Share, "depthLevel3Share", TargetKind.AtLeast, FigureUnit.Share, 0.99),
        new(DepthLevel4Share, "depthLevel4Share", TargetKind.AtLeast, FigureUnit.Share, 0.90),
        new(OnlineShare, "onlineShare", TargetKind.AtLeast, FigureUnit.Share, 1.0),
        new(FullyOnlineShare, "fullyOnlineShare", TargetKind.AtLeast, FigureUnit.Share, 0.5),
        new(MostOneVisitShare, "mostOneVisitShare", TargetKind.AtLeast, FigureUnit.Share, 0.99),
        new(ExemptShare, "exemptShare", TargetKind.AtLeast, FigureUnit.Share, 1.0),
        new(CancelledProofsRequired, "cancelledProofsRequired", TargetKind.AtMost, FigureUnit.Count, 0),
        new(SameStandardShare, "sameStandardShare", TargetKind.AtLeast, FigureUnit.Share, 1.0),
        new(GuideCompleteShare, "guideCompleteShare", TargetKind.AtLeast, FigureUnit.Share, 1.0),
        new(AssistanceShare, "assistanceShare", TargetKind.AtLeast, FigureUnit.Share, 1.0),
        new(CrossRegionPrefectureShare, "crossRegionPrefectureShare", TargetKind.Reported, FigureUnit.Share, 0),
        new(CrossRegionProvinceShare, "crossRegionProvinceShare", TargetKind.Reported, FigureUnit.Share, 0),
        new(CrossRegionInterProvinceShare, "crossRegionInterProvinceShare", TargetKind.Reported, FigureUnit.Share, 0),
        new(CrossRegionNationalShare, "crossRegionNationalShare", TargetKind.Reported, FigureUnit.Share, 0),
    ];

    /// <summary>Figures over the whole scope rather than summed per item: the 一件事 count and the mobile items of the scope's least-served city.</summary>
    public const string BundleCount = "bundleCount";
    public const string MobileItemsPerCity = "mobileItemsPerCity";

    public static int Count => All.Count;

    /// <summary>The target for each figure: the policy file's threshold when it sets the key, else the default.</summary>
    public static double[] Targets(Policy policy)
    {
        var targets = new double[All.Count];
        foreach (var f in All)
        {
            targets[f.Index] = policy.Thresholds.ContainsKey(f.Key) ? policy.Threshold(f.Key) : f.DefaultTarget;
        }
        return targets;
    }

    public static bool Meets(FigureDefinition f, double? value, double target) => Meets(f.Kind, value, target);

    /// <summary>A figure without a target (<see cref="TargetKind.Reported"/>) is never missed.</summary>
    public static bool Meets(TargetKind kind, double? value, double target) =>
        value is null || kind switch
        {
            TargetKind.AtLeast => value.Value >= target - 1e-12,
            TargetKind.AtMost => value.Value <= target + 1e-12,
            _ => true,
        };
}

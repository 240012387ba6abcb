using System.Globalization;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Model;

namespace CatalogTools.Reports.Text;

/// <summary>Every word the renderers print (the reportText.* rows of the message tables), Chinese first, English with --lang en; and number formats.</summary>
public sealed partial class ReportText(Lang lang)
{
    public Lang Lang { get; } = lang;

    private string T(string id) => Messages.Text(Lang, id);

    private string F(string id, params (string Name, object? Value)[] arguments) => Messages.Format(Lang, id, arguments);

    /// <summary>The label of the trend's current point: a data label, the same in every language (the JSON report holds it).</summary>
    public static string CurrentTrendLabel => Messages.Text(Lang.Zh, "report.currentTrendLabel");

    public string Colon => T("reportText.colon");
    public string Title => T("reportText.title");
    public string Scope => T("reportText.scope");
    public string Generated => T("reportText.generated");
    public string Revision => T("reportText.revision");
    public string Summary => T("reportText.summary");
    public string CountsHeading => T("reportText.countsHeading");
    public string Total => T("reportText.total");
    public string AdministrativePower => T("reportText.administrativePower");
    public string PublicService => T("reportText.publicService");
    public string ByType => T("reportText.byType");
    public string ByLevel => T("reportText.byLevel");
    public string ByDepartment => T("reportText.byDepartment");
    public string ByRegion => T("reportText.byRegion");
    public string Key => T("reportText.key");
    public string Count => T("reportText.count");
    public string FiguresHeading => T("reportText.figuresHeading");
    public string Figure => T("reportText.figure");
    public string Value => T("reportText.value");
    public string Target => T("reportText.target");
    public string Status => T("reportText.status");
    public string BasisHeading => T("reportText.basisHeading");
    public string Pass => T("reportText.pass");
    public string Miss => T("reportText.miss");
    public string NoData => T("reportText.noData");
    public string RegionsHeading => T("reportText.regionsHeading");
    public string Region => T("reportText.region");
    public string Code => T("reportText.code");
    public string Name => T("reportText.name");
    public string Level => T("reportText.level");
    public string Items => T("reportText.items");
    public string Agency => T("reportText.agency");
    public string Detail => T("reportText.detail");
    public string DrillHeading => T("reportText.drillHeading");
    public string BaselineHeading => T("reportText.baselineHeading");
    public string Baseline => T("reportText.baseline");
    public string Materials => T("reportText.materials");
    public string Steps => T("reportText.steps");
    public string Days => T("reportText.days");
    public string Visits => T("reportText.visits");
    public string Then => T("reportText.then");
    public string Now => T("reportText.now");
    public string Cut => T("reportText.cut");
    public string TrendHeading => T("reportText.trendHeading");
    public string Version => T("reportText.version");
    public string NoTrend => T("reportText.noTrend");
    public string AllRegions => T("reportText.allRegions");
    public string ChartTitle(string figure) => F("reportText.chartTitle", ("figure", figure));
    public string TruncatedNote(int shown, int total) =>
        F("reportText.truncatedNote", ("shown", shown), ("total", total));

    public string CurrentLabel(string label) => label == CurrentTrendLabel ? Now : label;

    public string Reported => T("reportText.reported");

    public string StatusOf(FigureResult f) => f.Value is null ? NoData : f.Kind == TargetKind.Reported ? Reported : f.Passed ? Pass : Miss;

    public string FigureName(string key) => key switch
    {
        "compressionNaturalPerson" => T("reportText.figure.compressionNaturalPerson"),
        "compressionLegalPerson" => T("reportText.figure.compressionLegalPerson"),
        "immediateShare" => T("reportText.figure.immediateShare"),
        "averageVisits" => T("reportText.figure.averageVisits"),
        "depthLevel3Share" => T("reportText.figure.depthLevel3Share"),
        "depthLevel4Share" => T("reportText.figure.depthLevel4Share"),
        "onlineShare" => T("reportText.figure.onlineShare"),
        "fullyOnlineShare" => T("reportText.figure.fullyOnlineShare"),
        "mostOneVisitShare" => T("reportText.figure.mostOneVisitShare"),
        "exemptShare" => T("reportText.figure.exemptShare"),
        "cancelledProofsRequired" => T("reportText.figure.cancelledProofsRequired"),
        "sameStandardShare" => T("reportText.figure.sameStandardShare"),
        "guideCompleteShare" => T("reportText.figure.guideCompleteShare"),
        "assistanceShare" => T("reportText.figure.assistanceShare"),
        "crossRegionPrefectureShare" => T("reportText.figure.crossRegionPrefectureShare"),
        "crossRegionProvinceShare" => T("reportText.figure.crossRegionProvinceShare"),
        "crossRegionInterProvinceShare" => T("reportText.figure.crossRegionInterProvinceShare"),
        "crossRegionNationalShare" => T("reportText.figure.crossRegionNationalShare"),
        "bundleCount" => T("reportText.figure.bundleCount"),
        "mobileItemsPerCity" => T("reportText.figure.mobileItemsPerCity"),
        _ => key,
    };

    public string Definition(string key) => key switch
    {
        "compressionNaturalPerson" or "compressionLegalPerson" => T("reportText.definition.compressionNaturalPerson"),
        "immediateShare" => T("reportText.definition.immediateShare"),
        "averageVisits" => T("reportText.definition.averageVisits"),
        "depthLevel3Share" => T("reportText.definition.depthLevel3Share"),
        "depthLevel4Share" => T("reportText.definition.depthLevel4Share"),
        "onlineShare" => T("reportText.definition.onlineShare"),
        "fullyOnlineShare" => T("reportText.definition.fullyOnlineShare"),
        "mostOneVisitShare" => T("reportText.definition.mostOneVisitShare"),
        "exemptShare" => T("reportText.definition.exemptShare"),
        "cancelledProofsRequired" => T("reportText.definition.cancelledProofsRequired"),
        "sameStandardShare" => T("reportText.definition.sameStandardShare"),
        "guideCompleteShare" => T("reportText.definition.guideCompleteShare"),
        "assistanceShare" => T("reportText.definition.assistanceShare"),
        "crossRegionPrefectureShare" => T("reportText.definition.crossRegionPrefectureShare"),
        "crossRegionProvinceShare" => T("reportText.definition.crossRegionProvinceShare"),
        "crossRegionInterProvinceShare" => T("reportText.definition.crossRegionInterProvinceShare"),
        "crossRegionNationalShare" => T("reportText.definition.crossRegionNationalShare"),
        "bundleCount" => T("reportText.definition.bundleCount"),
        "mobileItemsPerCity" => T("reportText.definition.mobileItemsPerCity"),
        _ => "",
    };

    public static string Format(FigureUnit unit, double? value) => value is null ? "—" : unit switch
    {
        FigureUnit.Share => (value.Value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%",
        FigureUnit.Average => value.Value.ToString("0.000", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0", CultureInfo.InvariantCulture),
    };

    public string FormatTarget(FigureResult f) => f.Kind == TargetKind.Reported ? "—" : (f.Kind == TargetKind.AtLeast ? "≥ " : "≤ ") + Format(f.Unit, f.Target);

    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double? share) => share is null ? "—" : (share.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Basis(FigureResult f) => f.Unit == FigureUnit.Count
        ? f.Numerator.ToString("0", CultureInfo.InvariantCulture)
        : f.Numerator.ToString("0.##", CultureInfo.InvariantCulture) + " / " + f.Denominator.ToString(CultureInfo.InvariantCulture);
}

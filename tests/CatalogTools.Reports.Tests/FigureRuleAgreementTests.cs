using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Loading;
using CatalogTools.Rules;
using CatalogTools.Reports.Computing;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// For every figure with a rule behind it, the rule fires exactly on the items the figure counts as
/// missed: both call the same matcher and the same predicates (Core/Compliance). Run on the hand-
/// checkable fixture catalog with more defects planted the way editors write them: a cancelled proof
/// in traditional characters with a trailing space and marked optional, a near e-licence name, an
/// item serving both 自然人 and 法人 between the two compression targets.
/// </summary>
public sealed class FigureRuleAgreementTests
{
    /// <summary>
    /// Figures → the rules whose findings are those figures' misses. CAT0048 holds an item to the
    /// stricter of the targets of the figures it counts in, so it answers for the two compression
    /// figures together; a promise beyond the law is CAT0045's finding.
    /// </summary>
    public static TheoryData<string[], string[]> Pairs() => new()
    {
        { ["compressionNaturalPerson", "compressionLegalPerson"], [RuleIds.CompressionBelowTarget, RuleIds.PromisedExceedsStatutory] },
        { ["cancelledProofsRequired"], [RuleIds.CancelledProof, RuleIds.RegistryNearMiss + ":proof"] },
        { ["exemptShare"], [RuleIds.ELicenceNotExempt, RuleIds.RegistryNearMiss + ":licence"] },
        { ["sameStandardShare"], [RuleIds.DivergesFromStandard, RuleIds.SameCodeDifferentName] },
        { ["assistanceShare"], [RuleIds.AssistanceNotOffered] },
    };

    private static readonly Lazy<(CatalogIndex Index, IReadOnlyList<Diagnostic> Diagnostics, Model.ComplianceReport Report)> Run = new(Build);

    private static (CatalogIndex, IReadOnlyList<Diagnostic>, Model.ComplianceReport) Build()
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        // XK00501001 (法人) gains an optional cancelled proof written in traditional characters with a trailing space.
        temp.Replace("standards/XK00501001.yaml", "steps:\n", "  - name: \"居住證明 \"\n    form: 原件\n    copies: 1\n    required: false\n    source: 其他\nsteps:\n");
        // GG00101001 (自然人 and 法人) asks for a paper 法定代表人营业执照: near the e-licence 营业执照, not certain.
        temp.Replace("standards/GG00101001.yaml", "steps:\n", "  - name: 法定代表人营业执照\n    form: 复印件\n    copies: 1\n    required: true\n    source: 政府部门核发\nsteps:\n");
        // XK00501001 serves 自然人 too; I4 promises 6 of 20 days (70 %): meets the 法人 target, misses the 自然人 one.
        temp.Replace("standards/XK00501001.yaml", "serviceObjects:\n  - 法人\n", "serviceObjects:\n  - 自然人\n  - 法人\n");
        temp.Replace("implementations/230100/XK00501001-230100-11230100047761384U.yaml", "  days: 5\n", "  days: 6\n");
        // 帮办代办: one item offers it, one declines it in writing, the rest publish nothing.
        temp.Replace("implementations/230125/GG00101001-230125-11230125042822379D.yaml", "channels:\n", "assistance:\n  offered: true\n  hotline: 0451-57912345\nchannels:\n");
        temp.Replace("implementations/230200/GG00101001-230200-112302000753294841.yaml", "channels:\n", "assistance:\n  offered: false\nchannels:\n");
        var loaded = new CatalogLoader(CatalogLocation.Find(temp.CatalogDir)!).Load();
        var check = new CatalogChecker(RuleSet.All, FixedClock.Default).Check(loaded);
        var report = ReportFixture.Build(temp.CatalogDir);
        return (loaded.Index, check.Diagnostics, report);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void RuleFiresExactlyOnTheItemsTheFigureMisses(string[] figures, string[] rules)
    {
        var (index, diagnostics, report) = Run.Value;
        var missed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            var result = report.Figure(figure);
            Assert.False(result.Passed, $"{figure} must miss in this catalog so that its drill-down is listed");
            missed.UnionWith(result.Misses.Select(m => m.Code));
        }

        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            if (d.Item is null || !rules.Contains(Key(d))) continue;
            foreach (var code in ItemsBehind(index, d.Item)) flagged.Add(code);
        }
        Assert.Equal(missed.Order(StringComparer.Ordinal), flagged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ThePlantedVariantsAreSeenByBoth()
    {
        var (_, diagnostics, report) = Run.Value;
        Assert.Contains(diagnostics, d => d.Rule.Id == RuleIds.CancelledProof && d.Item == "XK00501001");
        Assert.Contains(diagnostics, d => d.Rule.Id == RuleIds.RegistryNearMiss && d.Item == "GG00101001");
        Assert.Contains(diagnostics, d => d.Rule.Id == RuleIds.CompressionBelowTarget && d.Item == "XK00501001-230100-11230100047761384U");
        Assert.Contains(report.Figure("compressionNaturalPerson").Misses, m => m.Code == "XK00501001-230100-11230100047761384U");
        Assert.DoesNotContain(report.Figure("compressionLegalPerson").Misses, m => m.Code == "XK00501001-230100-11230100047761384U");
        Assert.Contains(report.Figure("cancelledProofsRequired").Misses, m => m.Detail.Contains("居住證明", StringComparison.Ordinal));
        Assert.Contains(report.Figure("exemptShare").Misses, m => m.Detail.Contains("疑似『营业执照』", StringComparison.Ordinal));
    }

    /// <summary>CAT0053 serves two figures: told apart by the registry its message names.</summary>
    private static string Key(Diagnostic d) => d.Rule.Id != RuleIds.RegistryNearMiss
        ? d.Rule.Id
        : d.Rule.Id + (d.Message(Lang.Zh).Contains("电子证照目录", StringComparison.Ordinal) ? ":licence" : ":proof");

    /// <summary>A finding on a standard stands for every active implementation that inherits its materials.</summary>
    private static IEnumerable<string> ItemsBehind(CatalogIndex index, string code)
    {
        if (!index.Standards.ContainsKey(code)) return [code];
        return index.ImplementationsOf(code).Where(i => i.IsActive && i.Own.Materials is null).Select(i => i.Code);
    }
}

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

    /// <summary>全要素率 → every completeness rule (run on <see cref="CompletenessRun"/>, where some guides are complete).</summary>
    public static readonly string[] CompletenessRules =
        [RuleIds.MaterialIncomplete, RuleIds.FormIncomplete, RuleIds.GuideContentMissing, RuleIds.ContactEmailMissing, RuleIds.StepLimitMissing, RuleIds.GuideIncomplete];

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
        AssertAgreement(index, diagnostics, report, figures, rules);
    }

    [Fact]
    public void CompletenessRulesFireExactlyOnTheGuidesTheFigureCountsIncomplete()
    {
        var (index, diagnostics, report) = CompletenessRun.Value;
        AssertAgreement(index, diagnostics, report, ["guideCompleteShare"], CompletenessRules);
        // One guide stays complete, so the figure is a share, not all-or-nothing; the retired 230200 item counts in neither.
        var figure = report.Figure("guideCompleteShare");
        Assert.Equal(5, figure.Misses.Count);
        Assert.Equal(1.0 / 6, figure.Value!.Value, 9);
        Assert.DoesNotContain(figure.Misses, m => m.Code == "JF00201001-230100-11230100005169665K");
        Assert.Contains(figure.Misses, m => m.Code == "JF00201001-230125-11230125029522099X" && m.Detail.In(Lang.Zh) == "投诉邮箱");
        Assert.Contains(figure.Misses, m => m.Code == "XK00501001-230100-11230100047761384U" && m.Detail.In(Lang.Zh) == "环节『审查』时限");
        Assert.Contains(figure.Misses, m => m.Code == "JF00201001-230125100000-11230125031179912J" && m.Detail.In(Lang.Zh) == "材料『临时救助申请书』示例样表");
        Assert.Contains(figure.Misses, m => m.Code == "GG00101001-230125-11230125042822379D" && m.Detail.In(Lang.Zh) == "注意事项");
        // The same gaps for an English reader: the report's words in English, the catalog's names as the files write them.
        Assert.Contains(figure.Misses, m => m.Code == "JF00201001-230125-11230125029522099X" && m.Detail.In(Lang.En) == "complaint e-mail");
        Assert.Contains(figure.Misses, m => m.Code == "XK00501001-230100-11230100047761384U" && m.Detail.In(Lang.En) == "time limit of step '审查'");
        Assert.Contains(figure.Misses, m => m.Code == "JF00201001-230125100000-11230125031179912J" && m.Detail.In(Lang.En) == "material '临时救助申请书': filled sample");
        Assert.Contains(figure.Misses, m => m.Code == "GG00101001-230125-11230125042822379D" && m.Detail.In(Lang.En) == "notes");
    }

    private static void AssertAgreement(CatalogIndex index, IReadOnlyList<Diagnostic> diagnostics, Model.ComplianceReport report, string[] figures, string[] rules)
    {
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
            foreach (var code in ItemsBehind(index, d.Item, ElementOf(d))) flagged.Add(code);
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
        Assert.Contains(report.Figure("cancelledProofsRequired").Misses, m => m.Detail.In(Lang.Zh).Contains("居住證明", StringComparison.Ordinal));
        Assert.Contains(report.Figure("exemptShare").Misses, m => m.Detail.In(Lang.Zh).Contains("疑似『营业执照』", StringComparison.Ordinal));
        Assert.Contains(report.Figure("exemptShare").Misses, m => m.Detail.In(Lang.En).Contains("(possibly '营业执照')", StringComparison.Ordinal));
    }

    /// <summary>CAT0053 serves two figures: told apart by the registry its message names.</summary>
    private static string Key(Diagnostic d) => d.Rule.Id != RuleIds.RegistryNearMiss
        ? d.Rule.Id
        : d.Rule.Id + (d.Message(Lang.Zh).Contains("电子证照目录", StringComparison.Ordinal) ? ":licence" : ":proof");

    /// <summary>The element a finding on a standard is about: a list key for CAT0091, the steps for CAT0093, else the materials.</summary>
    private static string ElementOf(Diagnostic d) => d.Rule.Id switch
    {
        RuleIds.GuideContentMissing => d.Arguments["key"].Text!,
        RuleIds.StepLimitMissing => "steps",
        _ => "materials",
    };

    /// <summary>A finding on a standard stands for every active implementation that inherits that element.</summary>
    private static IEnumerable<string> ItemsBehind(CatalogIndex index, string code, string element)
    {
        if (!index.Standards.ContainsKey(code)) return [code];
        return index.ImplementationsOf(code).Where(i => i.IsActive && Inherits(i.Own, element)).Select(i => i.Code);
    }

    private static bool Inherits(Core.Model.StandardElements own, string element) => element switch
    {
        "steps" => own.Steps is null,
        "conditions" => own.Conditions is null,
        "notes" => own.Notes is null,
        _ => own.Materials is null,
    };

    private static readonly Lazy<(CatalogIndex Index, IReadOnlyList<Diagnostic> Diagnostics, Model.ComplianceReport Report)> CompletenessRun = new(BuildCompleteness);

    /// <summary>
    /// The fixture catalog with every guide completed (as <see cref="GuideFiller"/> writes it), then one gap
    /// of each kind planted: a complaint e-mail dropped (CAT0092, on an implementation), a standard's step
    /// limit dropped (CAT0093, inherited by both 道路货物运输 items), a form's sample dropped in an
    /// implementation's own material list (CAT0090), a standard's notes dropped (CAT0091; its 230200
    /// implementation is retired and counts in neither).
    /// </summary>
    private static (CatalogIndex, IReadOnlyList<Diagnostic>, Model.ComplianceReport) BuildCompleteness()
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        GuideFiller.Complete(temp);
        temp.Replace("implementations/230125/JF00201001-230125-11230125029522099X.yaml", "  phone: \"12345\"\n  email: " + GuideFiller.Email + "\n", "  phone: \"12345\"\n");
        temp.Replace("standards/XK00501001.yaml", "  - name: 审查\n    order: 2\n    limit:\n      days: 0\n      unit: 工作日\n", "  - name: 审查\n    order: 2\n");
        temp.Replace("implementations/230125100000/JF00201001-230125100000-11230125031179912J.yaml", "    sample: 临时救助申请书（示例样表）.pdf\n", "");
        temp.Replace("standards/GG00101001.yaml", "notes:\n  - " + GuideFiller.Note + "\n", "");
        var loaded = new CatalogLoader(CatalogLocation.Find(temp.CatalogDir)!).Load();
        var check = new CatalogChecker(RuleSet.All, FixedClock.Default).Check(loaded);
        // The filled files still read and match their schemas.
        Assert.DoesNotContain(check.Diagnostics, d => string.CompareOrdinal(d.Rule.Id, "CAT0030") < 0);
        var report = ReportFixture.Build(temp.CatalogDir);
        return (loaded.Index, check.Diagnostics, report);
    }
}

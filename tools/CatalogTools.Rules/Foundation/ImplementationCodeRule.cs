using CatalogTools.Core.Checking;
using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;

namespace CatalogTools.Rules.Foundation;

/// <summary>An implementation code is built from its basic code, region code and agency code (and suffix).</summary>
public sealed class ImplementationCodeRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.MalformedImplementationCode, category: "code", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!context.InScope(implementation.Code) || !PartsAreSound(index, implementation)) continue;
            var expected = index.Scheme.BuildImplementationCode(implementation.StandardCode, implementation.Region, implementation.Agency, implementation.Suffix);
            var suffixOk = implementation.Suffix is null || index.Scheme.IsValidSuffix(implementation.Suffix);
            if (implementation.Code == expected && suffixOk) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("code", implementation.Source), implementation.Code, ("code", implementation.Code), ("expected", expected));
        }
    }

    /// <summary>
    /// A code built from a part that is itself wrong (an unknown standard, a malformed or unknown
    /// region or agency) would repeat that part's error and advise renaming the file after the
    /// typo; the part's own rule reports the root cause, and this one waits until it is fixed.
    /// </summary>
    private static bool PartsAreSound(CatalogIndex index, Implementation implementation) =>
        index.Standards.ContainsKey(implementation.StandardCode)
        && RegionCode.IsWellFormed(implementation.Region) && (index.Regions.Count == 0 || index.Regions.ContainsKey(implementation.Region))
        && CreditCode.IsValid(implementation.Agency) && (index.Agencies.Count == 0 || index.Agencies.ContainsKey(implementation.Agency));
}

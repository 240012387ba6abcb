using CatalogTools.Core.Index;
using CatalogTools.Core.Matching;
using CatalogTools.Core.Model;

namespace CatalogTools.Core.Compliance;

/// <summary>
/// Which registry entry a material is, for the rules (CAT0050, CAT0051, CAT0053) and the report
/// figures (仍要求的已取消证明材料, 电子证照免提交率) alike. A cancellation's scope is judged by the
/// standard item the material belongs to (its basic code and type): an implementation inherits its
/// standard's classification.
/// </summary>
public static class RegistryMatches
{
    /// <summary>The cancelled proof this material is (certain or near), within the proof's scope.</summary>
    public static NameMatch<CancelledProof> CancelledProof(CatalogIndex index, Material material, string standardCode, string itemType) =>
        index.CancelledProofMatcher.Find(material.Name, p => p.Scope.Covers(standardCode, itemType));

    /// <summary>The e-licence this material is: by its licence code (certain), else by name.</summary>
    public static NameMatch<ELicence> Licence(CatalogIndex index, Material material)
    {
        if (material.Licence is not null && index.ELicences.TryGetValue(material.Licence, out var licence))
            return new NameMatch<ELicence>(licence, MatchCertainty.Certain, licence.Code);
        return index.ELicenceMatcher.Find(material.Name);
    }

    /// <summary>
    /// A guide may not list a cancelled proof at all, optional or not: the notices ask that the guides
    /// be amended so the proof is gone (确保证明材料取消到位), and an optional entry still invites
    /// the window to ask for it. So `required: false` does not excuse it, in the rule or the figure.
    /// </summary>
    public static bool StillAsksFor(NameMatch<CancelledProof> match) => match.Certainty != MatchCertainty.None;

    /// <summary>A material the e-licence library holds (or may hold: a near name) that is not marked 免提交.</summary>
    public static bool LicenceNotExempt(Material material, NameMatch<ELicence> match) =>
        match.Certainty != MatchCertainty.None && material.Exempt != true;
}

using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// The codes of an item that become file names, URLs and attributes, checked against their schemes
/// before any of them is used: region (GB/T 2260), agency (GB 32100), basic code (schemas/code-scheme.json),
/// suffix, and the implementation code the scheme builds from them. The rules report the same faults
/// as errors, so publish refuses such a catalog first; this is the publisher's own check, not a rule.
/// </summary>
public static class PublishableCodes
{
    /// <summary>Null when every code fits its scheme; else which code does not.</summary>
    public static MessageText? Problem(ResolvedItem item, CatalogIndex index)
    {
        var impl = item.Implementation;
        var scheme = index.Scheme;
        if (RegionCode.LevelOf(impl.Region) is null) return new("bundle.regionCodeUnfit", ("code", Display.Escape(impl.Region)));
        if (!CreditCode.IsValid(impl.Agency)) return new("bundle.agencyCodeUnfit", ("code", Display.Escape(impl.Agency)));
        if (scheme.CheckBasicCode(impl.StandardCode, null) is not null || !BundlePath.IsPlainName(impl.StandardCode)) return new("bundle.basicCodeUnfit", ("code", Display.Escape(impl.StandardCode)));
        if (impl.Suffix is not null && (!scheme.IsValidSuffix(impl.Suffix) || !BundlePath.IsPlainName(impl.Suffix))) return new("bundle.suffixUnfit", ("code", Display.Escape(impl.Suffix)));
        if (!BundlePath.IsPlainName(impl.Code) || impl.Code != scheme.BuildImplementationCode(impl.StandardCode, impl.Region, impl.Agency, impl.Suffix))
        {
            return new("bundle.implementationCodeUnfit", ("code", Display.Escape(impl.Code)));
        }
        return null;
    }
}

using CatalogTools.Core.Codes;
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
    /// <summary>Null when every code fits its scheme; else which code does not (Chinese / English).</summary>
    public static string? Problem(ResolvedItem item, CatalogIndex index)
    {
        var impl = item.Implementation;
        var scheme = index.Scheme;
        if (RegionCode.LevelOf(impl.Region) is null) return $"区划代码『{Display.Escape(impl.Region)}』不符合 GB/T 2260 / region code does not fit GB/T 2260";
        if (!CreditCode.IsValid(impl.Agency)) return $"实施主体代码『{Display.Escape(impl.Agency)}』不是有效的统一社会信用代码 / agency code is not a valid credit code";
        if (scheme.CheckBasicCode(impl.StandardCode, null) is not null || !BundlePath.IsPlainName(impl.StandardCode)) return $"基本编码『{Display.Escape(impl.StandardCode)}』不符合编码方案 / basic code does not fit the scheme";
        if (impl.Suffix is not null && (!scheme.IsValidSuffix(impl.Suffix) || !BundlePath.IsPlainName(impl.Suffix))) return $"业务办理项后缀『{Display.Escape(impl.Suffix)}』不符合编码方案 / suffix does not fit the scheme";
        if (!BundlePath.IsPlainName(impl.Code) || impl.Code != scheme.BuildImplementationCode(impl.StandardCode, impl.Region, impl.Agency, impl.Suffix))
        {
            return $"实施编码『{Display.Escape(impl.Code)}』不是由其基本编码、区划代码和实施主体代码生成的 / implementation code is not built from its parts";
        }
        return null;
    }
}

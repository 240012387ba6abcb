using CatalogTools.Tests.Shared;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>
/// Small edits that make the sample exercise the two elements it leaves empty (a business
/// sub-item suffix, an article on a fee's basis), so coverage tests see every element of the model.
/// </summary>
public static class SampleEdits
{
    public const string SuffixedCode = "XK00101001-230125-11230125042822379D-01";

    public static void FillEveryElement(TempCatalog catalog)
    {
        catalog.Replace("standards/QR00101001.yaml",
            "      law: 国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知\n",
            "      law: 国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知\n      article: 第一条\n");
        const string original = "implementations/230125/XK00101001-230125-11230125042822379D.yaml";
        var text = catalog.Read(original)
            .Replace("code: XK00101001-230125-11230125042822379D\n", $"code: {SuffixedCode}\n", StringComparison.Ordinal)
            .Replace("status: 在用\n", "suffix: \"01\"\nstatus: 在用\n", StringComparison.Ordinal);
        catalog.Delete(original);
        catalog.Write($"implementations/230125/{SuffixedCode}.yaml", text);
    }
}

using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

/// <summary>
/// Diagnostics whose arguments are messages (a schema finding, a suppression problem, a contact
/// named 咨询/consultation) cross the stored check result as references: a warm run prints exactly
/// what a cold run prints, in both languages and in every machine format.
/// </summary>
public sealed class WarmCheckMessageArgumentTests
{
    private const string Implementation = "implementations/230123/XK00801001-230123-11230123005284794H.yaml";

    [Theory]
    [InlineData("zh", "json")]
    [InlineData("en", "json")]
    [InlineData("zh", "sarif")]
    [InlineData("en", "sarif")]
    [InlineData("en", "text")]
    public void A_warm_check_prints_what_a_cold_check_prints(string lang, string format)
    {
        using var files = TempCatalog.CopyOfSample();
        files.Replace(Implementation, "  email: ylwjzwfw@harbin.gov.cn\n", "  email: not-an-address\n");
        files.Replace(Implementation, "consultation:\n", "# catalog-disable CAT0045\nconsultation:\n");
        files.Write("standards/ZZ00101001.yaml", File.ReadAllText(files.PathOf("standards/QR00101001.yaml")).Replace("code: QR00101001", "code: ZZ00101001") + "notez: x\n");

        var cold = CliRun.Run("check", "--catalog", files.CatalogDir, "--lang", lang, "--format", format);
        Assert.True(File.Exists(Path.Combine(files.Root, ".catalog-cache", "check.bin")));
        var warm = CliRun.Run("check", "--catalog", files.CatalogDir, "--lang", lang, "--format", format);

        Assert.Equal(cold, warm);
        Assert.Equal(cold, CliRun.Run("check", "--no-cache", "--catalog", files.CatalogDir, "--lang", lang, "--format", format));
        Assert.DoesNotContain("\u001F", warm.Out, StringComparison.Ordinal);
        // The arguments are worded in the reader's language: the contact, the misspelt field, the suppression.
        if (lang == "zh")
        {
            Assert.Contains("咨询", warm.Out, StringComparison.Ordinal);
            Assert.Contains("不允许的字段『notez』", warm.Out, StringComparison.Ordinal);
            Assert.Contains("CAT0045 的豁免缺少理由", warm.Out, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("field 'notez' is not allowed", warm.Out, StringComparison.Ordinal);
            Assert.Contains("the suppression of CAT0045 has no reason", warm.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("不允许", warm.Out, StringComparison.Ordinal);
        }
    }
}

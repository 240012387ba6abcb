using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Checking;

/// <summary>
/// The point-8 fixes in English too (the Chinese wording is pinned by the defect fixtures 22–25):
/// the misspelt key names the key it meant, the unquoted number says how to quote it, and a
/// mistyped agency gives one error and no advice to rename the file after the typo.
/// </summary>
public sealed class RootCauseMessageTests
{
    [Fact]
    public void AMisspeltKeyNamesTheKeyItMeantInEnglish()
    {
        using var catalog = TempCatalog.CopyOfSample();
        DefectFixture.Load("24-schema-misspelt-key").ApplyTo(catalog);
        var outcome = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--no-cache", "--lang", "en");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("field 'promisedLimt' is not allowed: did you mean `promisedLimit`?", outcome.Out);
        Assert.DoesNotContain("required field 'promisedLimit' is missing", outcome.Out);
    }

    [Fact]
    public void AnUnquotedNumberSaysHowToQuoteItInEnglish()
    {
        using var catalog = TempCatalog.CopyOfSample();
        DefectFixture.Load("25-schema-number-for-text").ApplyTo(catalog);
        var outcome = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--no-cache", "--lang", "en");
        Assert.Contains("a text value is expected: unquoted, 230123 is read as a number; quote it: \"230123\"", outcome.Out);
    }

    [Fact]
    public void AMistypedAgencyInFileAndCodeAlikeIsOneErrorWithNoRenameAdvice()
    {
        // The typo copied into the code and the file name as well: the code matches its (wrong) parts.
        using var catalog = TempCatalog.CopyOfSample();
        const string right = "112301230079031306";
        const string typo = "112301230079031307";
        var file = "implementations/230123/GG00101001-230123-" + right + ".yaml";
        var text = catalog.Read(file).Replace(right, typo, StringComparison.Ordinal);
        catalog.Delete(file);
        catalog.Write(file.Replace(right, typo, StringComparison.Ordinal), text);
        var outcome = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--no-cache", "--lang", "en");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("1 errors", outcome.Out);
        Assert.Contains("CAT0013", outcome.Out);
        Assert.DoesNotContain("rename", outcome.Out);
    }
}

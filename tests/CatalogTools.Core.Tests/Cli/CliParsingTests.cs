using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>
/// The command line's manners: System.CommandLine's own errors in Chinese (zh-Hans) or English,
/// a suggestion for a mistyped verb or option, unknown options refused (exit 2) instead of taken
/// as paths, and --lang global and validated.
/// </summary>
public sealed class CliParsingTests
{
    [Fact]
    public void AMistypedVerbIsRefusedInChineseWithTheVerbItMeant()
    {
        var outcome = CliRun.Run("chek");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("未识别命令或参数", outcome.Error); // System.CommandLine's own zh-Hans message
        Assert.Contains("『chek』不是 catalog 的命令或选项；是否想写 check？", outcome.Error);
        Assert.Contains("用法见 catalog --help", outcome.Error);
        Assert.Equal("", outcome.Out);
    }

    [Fact]
    public void AMistypedVerbIsRefusedInEnglishWithLangEn()
    {
        var outcome = CliRun.Run("--lang", "en", "chek");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Unrecognized command or argument 'chek'", outcome.Error);
        Assert.Contains("'chek' is not a catalog command or option; did you mean check?", outcome.Error);
        Assert.DoesNotContain("未识别", outcome.Error);
    }

    [Fact]
    public void AnUnknownOptionIsAnErrorNotAPath()
    {
        var outcome = CliRun.Run("check", "--catalog", RepoPaths.SampleCatalog, "--formt", "json");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("未知选项『--formt』；是否想写 --format？", outcome.Error);
        Assert.DoesNotContain("找不到路径", outcome.Error);
        Assert.Equal("", outcome.Out);
    }

    [Fact]
    public void AnUnknownOptionOfAVerbWithAFileArgumentIsAnErrorToo()
    {
        var outcome = CliRun.Run("--lang", "en", "export", "--regoin", "230100", "forms.xlsx");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("unknown option '--regoin'; did you mean --region?", outcome.Error);
        Assert.False(File.Exists("forms.xlsx"));
    }

    [Theory]
    [InlineData("--lang", "en", "check")]
    [InlineData("check", "--lang", "en")]
    public void LangWorksBeforeOrAfterTheVerb(params string[] args)
    {
        var outcome = CliRun.Run([.. args, "--catalog", RepoPaths.SampleCatalog, "--no-cache"]);
        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("Checked ", outcome.Out.Trim());
    }

    [Theory]
    [InlineData("--lang", "fr", "check")]
    [InlineData("check", "--lang", "fr")]
    public void AnUnknownLanguageIsRefused(params string[] args)
    {
        var outcome = CliRun.Run([.. args, "--catalog", RepoPaths.SampleCatalog, "--no-cache"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("'fr'", outcome.Error);
        Assert.Contains("'zh'", outcome.Error);
        Assert.Contains("'en'", outcome.Error);
        Assert.Equal("", outcome.Out);
    }

    [Fact]
    public void AMissingVerbSaysSoInTheChosenLanguage()
    {
        Assert.Contains("未提供必需的命令", CliRun.Run().Error);
        Assert.Contains("Required command was not provided", CliRun.Run("--lang", "en").Error);
        Assert.Equal(2, CliRun.Run().ExitCode);
    }
}

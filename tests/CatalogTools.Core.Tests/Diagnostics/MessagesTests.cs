using System.Globalization;
using CatalogTools.Core.Diagnostics;
using Xunit;

namespace CatalogTools.Core.Tests.Diagnostics;

/// <summary>The message tables: a message reads the same as the interpolated string it replaced, in each language.</summary>
public sealed class MessagesTests
{
    [Fact]
    public void A_message_fills_its_placeholders_in_the_callers_language()
    {
        Assert.Equal("找不到文件夹『out』", Messages.Format(Lang.Zh, "serve.folderNotFound", ("folder", "out")));
        Assert.Equal("folder 'out' not found", Messages.Format(Lang.En, "serve.folderNotFound", ("folder", "out")));
    }

    [Fact]
    public void Values_are_formatted_as_interpolation_formats_them()
    {
        var count = 12345;
        var when = new DateTimeOffset(2026, 12, 5, 8, 30, 0, TimeSpan.Zero);
        Assert.Equal($"wrote out.csv: {count} rows", Messages.Format(Lang.En, "query.wroteRows", ("output", "out.csv"), ("rows", count)));
        Assert.Equal($"trust metadata valid (root version 2, timestamp version 7, expires {when})",
            Messages.Format(Lang.En, "verifybundle.trustMetadataValid", ("rootVersion", 2), ("timestampVersion", 7L), ("expires", when)));
        Assert.Equal("generated 1 regions, 2 agencies, 3 standard items, 4 implementations → ",
            Messages.Format(Lang.En, "generate.generatedRegionsAgenciesStandardItems", ("regions", 1), ("agencies", 2), ("standards", 3), ("implementations", 4), ("dir", null)));
    }

    [Fact]
    public void A_value_is_not_read_as_a_template()
    {
        Assert.Equal("folder '{folder}' not found", Messages.Format(Lang.En, "serve.folderNotFound", ("folder", "{folder}")));
    }

    [Fact]
    public void An_unknown_id_stays_visible()
    {
        Assert.Equal("no.such.message", Messages.Text(Lang.Zh, "no.such.message"));
    }

    [Fact]
    public void A_library_returns_a_message_the_caller_words()
    {
        var reason = new MessageText("fleet.releaseIncomplete", ("number", 3));
        Assert.Equal("第 3 个发布记录缺少 channel、bundleVersion 或 manifestSha256", reason.In(Lang.Zh));
        Assert.Equal("release 3 lacks channel, bundleVersion or manifestSha256", reason.In(Lang.En));
    }

    [Fact]
    public void A_diagnostic_reads_as_before_with_its_fix()
    {
        var d = new Diagnostic(LoadRules.FileNameMismatch, Severity.Error, "standards/x.yaml", 1, 1, null,
            new Dictionary<string, MessageArgument> { ["expected"] = "y.yaml" });
        Assert.Equal("文件名应为『y.yaml』，与其中的编码一致。修改方法：重命名文件为 y.yaml", d.FullMessage(Lang.Zh));
        Assert.Equal("the file should be named 'y.yaml' after the code it holds. Fix: rename the file to y.yaml", d.FullMessage(Lang.En));
    }
}

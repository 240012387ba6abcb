using CatalogTools.Caching;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Git.Tests;

/// <summary>
/// A diagnostic's arguments as the cache stores them: plain text, a message with its own (nested)
/// arguments, a list and a joined run of text and marks each come back as what they were, not as a wording.
/// </summary>
public sealed class DiagnosticCodecTests
{
    [Fact]
    public void Every_kind_of_argument_survives_encode_and_decode()
    {
        var nested = new MessageText("git.unreadableAt", ("gitFolder", ".git"), ("rule", "CAT0110"), ("message", new MessageText("gitPhrase.readFailed")));
        var list = new MessageList("list.separator", [new MessageText("elementComparer.yes"), "份数"]);
        var arguments = new Dictionary<string, MessageArgument>(StringComparer.Ordinal)
        {
            ["detail"] = new MessageText("schema.numberTooSmall", ("minimum", 3)),
            ["what"] = nested,
            ["missing"] = list,
            ["expected"] = new MessageList(MessageList.Joined, ["名称", "⟨", new MessageText("visibleText.ideographicSpace"), "⟩"]),
            ["code"] = "230100",
        };
        var original = new Diagnostic(LoadRules.SchemaViolation, Severity.Error, "standards/QR00101001.yaml", 3, 5, "QR00101001", arguments) { Place = "事项目录!B2" };

        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) ModelCodec.WriteDiagnostic(w, original);
        stream.Position = 0;
        using var r = new BinaryReader(stream);
        var decoded = ModelCodec.ReadDiagnostic(r, new Dictionary<string, RuleDescriptor> { [LoadRules.SchemaViolation.Id] = LoadRules.SchemaViolation })!;

        Assert.Equal(original.Arguments.Count, decoded.Arguments.Count);
        foreach (var (name, value) in original.Arguments)
        {
            Assert.Equal(value, decoded.Arguments[name]);
            Assert.Equal(value.In(Lang.Zh), decoded.Arguments[name].In(Lang.Zh));
            Assert.Equal(value.In(Lang.En), decoded.Arguments[name].In(Lang.En));
        }
        Assert.NotNull(decoded.Arguments["what"].Message);
        Assert.NotNull(decoded.Arguments["missing"].List);
        Assert.Equal(original.FullMessage(Lang.Zh), decoded.FullMessage(Lang.Zh));
        Assert.Equal(original.FullMessage(Lang.En), decoded.FullMessage(Lang.En));
        Assert.Equal("数值过小（最小 3）", decoded.Arguments["detail"].In(Lang.Zh));
        Assert.Equal("yes, 份数", decoded.Arguments["missing"].In(Lang.En));
        Assert.Equal(original.Place, decoded.Place);
    }
}

using CatalogTools.Core.Diagnostics;
using Xunit;

namespace CatalogTools.Core.Tests.Diagnostics;

public sealed class MessageTemplateFormatterTests
{
    private static Dictionary<string, MessageArgument> Args(params (string, MessageArgument)[] pairs) => pairs.ToDictionary(p => p.Item1, p => p.Item2);

    [Fact]
    public void FillsNamedPlaceholders() =>
        Assert.Equal("区划代码『230127』未在 regions.yaml 中登记", MessageTemplateFormatter.Format("区划代码『{region}』未在 {file} 中登记", Args(("region", "230127"), ("file", "regions.yaml"))));

    [Fact]
    public void AnUnknownPlaceholderStaysVisible() =>
        Assert.Equal("code 'X' {missing}", MessageTemplateFormatter.Format("code '{code}' {missing}", Args(("code", "X"))));

    [Fact]
    public void ATemplateWithoutPlaceholdersOrWithAnUnclosedBraceIsKept()
    {
        Assert.Equal("没有占位符", MessageTemplateFormatter.Format("没有占位符", Args()));
        Assert.Equal("a {b", MessageTemplateFormatter.Format("a {b", Args(("b", "x"))));
    }

    [Fact]
    public void MessageArgumentsAreWordedInTheReadersLanguage()
    {
        var args = Args(("detail", new MessageText("schema.tooFewItems", ("minItems", 2))), ("code", "X"));
        Assert.Equal("X：至少需要 2 项", MessageTemplateFormatter.Format("{code}：{detail}", args, Lang.Zh));
        Assert.Equal("X: at least 2 item(s) required", MessageTemplateFormatter.Format("{code}: {detail}", args, Lang.En));
    }

    [Fact]
    public void AListIsJoinedWithTheSeparatorOfTheReadersLanguage()
    {
        var list = new MessageList("list.separator", [new MessageText("elementComparer.yes"), "X"]);
        Assert.Equal("是、X", MessageTemplateFormatter.Format("{list}", Args(("list", list)), Lang.Zh));
        Assert.Equal("yes, X", MessageTemplateFormatter.Format("{list}", Args(("list", list)), Lang.En));
    }

    [Fact]
    public void PlaceholdersAreListed() =>
        Assert.Equal(new[] { "code", "detail" }, MessageTemplateFormatter.Placeholders("{code} {detail} {code}").Order());

    [Fact]
    public void DataIsNeverReadAsATemplate()
    {
        // A value that looks like a placeholder is inserted as text, not expanded again.
        Assert.Equal("x {code} y", MessageTemplateFormatter.Format("x {value} y", Args(("value", "{code}"), ("code", "BAD"))));
    }
}

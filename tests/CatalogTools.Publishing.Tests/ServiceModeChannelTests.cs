using System.Text.Json;
using AngleSharp.Html.Parser;
using CatalogTools.Publishing.Tests.Support;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// The service modes (issue 15 point 2) in every channel published from the sample: 一件事 on each member's
/// guide, 帮办代办, 中介服务 with its limit and fee, 告知承诺 on conditions and materials, the 网上可办 exemption.
/// </summary>
public sealed class ServiceModeChannelTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private const string BirthMember = "QR00102001-230123-1123012309123934XA";
    private const string Planning = "XK00301001-230123-1123012300619036XK";
    private const string IdCard = "QR00101001-230125-11230125052399340C";

    private Dictionary<string, string> Shown(string channel, string code)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(bundle.Channel(channel), "guides", code + ".html")));
        return page.QuerySelectorAll("main [data-el]").GroupBy(e => e.GetAttribute("data-el")!).ToDictionary(g => g.Key, g => g.First().TextContent);
    }

    [Theory]
    [InlineData("web")]
    [InlineData("kiosk")]
    public void GuidePagesShowTheServiceModes(string channel)
    {
        var birth = Shown(channel, BirthMember);
        Assert.Equal("新生儿出生“一件事”", birth["bundles[0].name"]);
        Assert.Equal("YJS230123001", birth["bundles[0].code"]);
        Assert.Equal("社会保障卡申领", birth["bundles[0].members[2].name"]);
        Assert.Equal("出生医学证明", birth["bundles[0].materials[0]"]);
        Assert.Equal("是", birth["assistance.offered"]);
        Assert.Equal("0451-54300843", birth["assistance.hotline"]);

        var planning = Shown(channel, Planning);
        Assert.Equal("建设工程设计方案编制", planning["intermediaries[0].name"]);
        Assert.Equal("15", planning["intermediaries[0].limit.days"]);
        Assert.Equal("是", planning["intermediaries[0].charged"]);
        Assert.Equal("已取得建设项目用地相关手续", planning["commitmentConditions[0]"]);
        Assert.Equal("是", planning["materials[1].commitment"]);

        var id = Shown(channel, IdCard);
        Assert.Equal("法律另有规定", id["onlineExemption.reason"]);
        Assert.Equal("中华人民共和国居民身份证法", id["onlineExemption.basis.law"]);
        Assert.False(id.ContainsKey("bundles[0].name"));
    }

    [Fact]
    public void MobileJsonCarriesTheServiceModes()
    {
        using var birth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle.Channel("mobile"), "items", BirthMember + ".json")));
        var b = birth.RootElement.GetProperty("bundles")[0];
        Assert.Equal("YJS230123001", b.GetProperty("code").GetString());
        Assert.Equal(0, b.GetProperty("visits").GetInt32());
        Assert.Equal(3, b.GetProperty("members").GetArrayLength());
        Assert.True(birth.RootElement.GetProperty("assistance").GetProperty("offered").GetBoolean());

        using var planning = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle.Channel("mobile"), "items", Planning + ".json")));
        Assert.Equal("ZJ0001", planning.RootElement.GetProperty("intermediaries")[0].GetProperty("code").GetString());
        Assert.True(planning.RootElement.GetProperty("materials")[1].GetProperty("commitment").GetBoolean());

        using var id = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle.Channel("mobile"), "items", IdCard + ".json")));
        Assert.Equal("法律另有规定", id.RootElement.GetProperty("onlineExemption").GetProperty("reason").GetString());
        Assert.False(id.RootElement.TryGetProperty("bundles", out _));
    }
}

using System.Text;
using CatalogTools.Publishing.Tests.Support;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>Catalog text is text: markup and template syntax in any field show as text in every channel and never run or expand.</summary>
public sealed class EscapingTests(EscapingTests.HostileBundle bundle) : IClassFixture<EscapingTests.HostileBundle>
{
    public const string Hostile = "<script>window.__pwned=1</script>{{ 1 + 1 }}{% raw %}</script>&amp;";
    public const string HostileCode = "GG00101001-230125-11230125010320163G";
    private const string SearchRows = "web/search/d/ (the bucket of the hostile item)";
    private readonly string _out = bundle.Output;

    /// <summary>The sample with hostile text planted, published once for the class.</summary>
    public sealed class HostileBundle : IDisposable
    {
        public HostileBundle()
        {
            Repo = GitCatalog.CreateSample(Plant);
            Output = Repo.Out("out");
            // The planted standard text makes implementations that wrote their own copy diverge (errors): they are left out.
            var outcome = Repo.Publish(Output, "--skip-invalid");
            if (outcome.ExitCode != 0) throw new InvalidOperationException(outcome.Error);
        }

        public GitCatalog Repo { get; }
        public string Output { get; }

        public void Dispose() => Repo.Dispose();
    }

    /// <summary>Puts hostile text in a standard's name, condition, material fill-notes and note, and an implementation's address.</summary>
    internal static void Plant(CatalogTools.Tests.Shared.TempCatalog catalog)
    {
        var yaml = "'" + Hostile.Replace("'", "''") + "'";
        catalog.Replace("standards/GG00101001.yaml", "\nname: 城乡居民基本养老保险参保登记\n", $"\nname: '城乡居民养老{Hostile.Replace("'", "''")}'\n");
        catalog.Replace("standards/GG00101001.yaml", "  - 年满16周岁（不含在校学生）\n", $"  - {yaml}\n");
        catalog.Replace("standards/GG00101001.yaml", "    fillNotes: 参保人签字\n", $"    fillNotes: {yaml}\n");
        catalog.Replace("standards/GG00101001.yaml", "  - 可通过“全省事”移动端自助参保\n", $"  - {yaml}\n");
        var impl = $"implementations/230125/{HostileCode}.yaml";
        var text = catalog.Read(impl);
        var address = text.Split('\n').First(l => l.StartsWith("address: ", StringComparison.Ordinal));
        catalog.Replace(impl, address + "\n", $"address: {yaml}\n");
        // site.yaml is catalog text too: the footer writes it encoded like any other.
        catalog.Replace("site.yaml", "\nsponsor: 黑龙江省人民政府办公厅（示例）\n", $"\nsponsor: {yaml}\n");
        catalog.Replace("site.yaml", "\n  address: 黑龙江省哈尔滨市示例区示例路 1 号（示例）\n", $"\n  address: {yaml}\n");
    }

    [Theory]
    [InlineData("web/index.html")]
    [InlineData("web/regions/230125.html")]
    [InlineData("web/guides/" + HostileCode + ".html")]
    [InlineData("kiosk/index.html")]
    [InlineData("kiosk/guides/" + HostileCode + ".html")]
    public void Site_yaml_text_in_the_footer_is_encoded(string page)
    {
        var html = File.ReadAllText(Path.Combine(_out, page));
        var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..html.IndexOf("</footer>", StringComparison.Ordinal)];
        Assert.Contains("<li>主办单位：&lt;script&gt;window.__pwned=1&lt;/script&gt;{{ 1 + 1 }}{% raw %}&lt;/script&gt;&amp;amp;</li>", footer);
        Assert.Contains("<li>地址：&lt;script&gt;window.__pwned", footer);
        Assert.DoesNotContain("<script>", footer);
    }

    [Fact]
    public void Mobile_site_json_carries_site_yaml_text_escaped_and_reads_back_unchanged()
    {
        var text = File.ReadAllText(Path.Combine(_out, "mobile/site.json"), Encoding.UTF8);
        Assert.DoesNotContain("<script>", text);
        using var doc = System.Text.Json.JsonDocument.Parse(text);
        Assert.Equal(Hostile, doc.RootElement.GetProperty("sponsor").GetString());
        Assert.Equal(Hostile, doc.RootElement.GetProperty("contact").GetProperty("address").GetString());
        Assert.Equal("2300000000", doc.RootElement.GetProperty("siteCode").GetString());
    }

    [Theory]
    [InlineData("web/guides/" + HostileCode + ".html")]
    [InlineData("web/notices/" + HostileCode + ".html")]
    [InlineData("web/regions/230125.html")]
    [InlineData("kiosk/guides/" + HostileCode + ".html")]
    [InlineData("kiosk/regions/230125.html")]
    public void Html_pages_show_markup_and_template_syntax_as_encoded_text(string page)
    {
        var html = File.ReadAllText(Path.Combine(_out, page));
        Assert.DoesNotContain("<script>window.__pwned", html);
        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;{{ 1 + 1 }}{% raw %}&lt;/script&gt;&amp;amp;", html);
        Assert.DoesNotContain("城乡居民养老2", html);
    }

    [Fact]
    public void Json_ld_cannot_break_out_of_its_script_element()
    {
        var html = File.ReadAllText(Path.Combine(_out, "web/guides", HostileCode + ".html"));
        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        var jsonLd = html[(start + 35)..end];
        Assert.Contains("\\u003Cscript\\u003Ewindow.__pwned=1\\u003C/script\\u003E{{ 1 \\u002B 1 }}", jsonLd);
        using var doc = System.Text.Json.JsonDocument.Parse(jsonLd);
        Assert.Equal("城乡居民养老" + Hostile, doc.RootElement.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(SearchRows)]
    [InlineData("mobile/items/" + HostileCode + ".json")]
    [InlineData("mobile/regions/230125.json")]
    public void Scripts_and_json_carry_the_text_escaped_and_it_reads_back_unchanged(string file)
    {
        // The search rows of the hostile item are in the bucket file its code hashes to.
        var path = file == SearchRows
            ? Directory.GetFiles(Path.Combine(_out, "web", "search", "d")).Single(f => File.ReadAllText(f, Encoding.UTF8).Contains(HostileCode, StringComparison.Ordinal))
            : Path.Combine(_out, file);
        var text = File.ReadAllText(path, Encoding.UTF8);
        Assert.DoesNotContain("<script>", text);
        Assert.DoesNotContain("</script>", text);
        Assert.Contains("\\u003Cscript\\u003Ewindow.__pwned=1\\u003C/script\\u003E{{ 1 \\u002B 1 }}{% raw %}", text);
        var json = text.StartsWith("window.", StringComparison.Ordinal) ? text[(text.IndexOf('=') + 1)..text.LastIndexOf(';')] : text;
        Assert.Contains("城乡居民养老" + Hostile, Strings(System.Text.Json.JsonDocument.Parse(json).RootElement));
    }

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        System.Text.Json.JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        System.Text.Json.JsonValueKind.String => [e.GetString()!],
        _ => [],
    };
}

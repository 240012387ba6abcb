using AngleSharp.Html.Parser;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Guides;
using CatalogTools.Publishing.Tests.Support;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// Every element of the source appears in every channel that shows a guide (同源发布): each value
/// of the guide model is rendered, marked with its path, with exactly the source's text.
/// </summary>
public sealed class CoverageTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    public static TheoryData<string, string> GuidePages => new() { { "web", "guides" }, { "kiosk", "guides" } };

    [Theory]
    [MemberData(nameof(GuidePages))]
    public void Every_guide_page_shows_every_element_of_its_item_with_the_source_text(string channel, string folder)
    {
        var guides = Publisher.Prepare(bundle.Index, []);
        Assert.Equal(247, guides.Count);
        var parser = new HtmlParser();
        foreach (var guide in guides)
        {
            var expected = GuideElements.Of(guide.Json);
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(bundle.Channel(channel), folder, guide.Code + ".html")));
            Assert.Equal(guide.Code, page.QuerySelector("main")!.GetAttribute("data-item"));
            var shown = page.QuerySelectorAll("main [data-el]").GroupBy(e => e.GetAttribute("data-el")!).ToDictionary(g => g.Key, g => g.Select(e => e.TextContent).ToList());
            foreach (var element in expected)
            {
                Assert.True(shown.TryGetValue(element.Path, out var texts), $"{channel} {guide.Code}: element {element.Path} not shown");
                Assert.All(texts!, t => Assert.Equal(element.Text, t));
            }
            Assert.Empty(shown.Keys.Except(expected.Select(e => e.Path)));
        }
    }

    [Fact]
    public void Mobile_items_are_the_canonical_json_whose_hash_the_manifest_lists()
    {
        var guides = Publisher.Prepare(bundle.Index, []);
        var manifest = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(bundle.Channel("mobile"), "manifest.json")), out _)!;
        var items = manifest.Items.ToDictionary(i => i.Code);
        foreach (var guide in guides)
        {
            var bytes = File.ReadAllBytes(Path.Combine(bundle.Channel("mobile"), "items", guide.Code + ".json"));
            Assert.Equal(guide.Json, bytes);
            Assert.Equal(GuideJson.Hash(bytes), items[guide.Code].Hash);
        }
    }

    /// <summary>Every property of the model (recursively) is filled in some sample guide, so the tests above cover every element kind.</summary>
    [Fact]
    public void The_sample_exercises_every_element_of_the_model()
    {
        var paths = Publisher.Prepare(bundle.Index, [])
            .SelectMany(g => GuideElements.Of(g.Json))
            .Select(e => System.Text.RegularExpressions.Regex.Replace(e.Path, @"\[\d+\]", "[]"))
            .ToHashSet();
        var missing = ModelPaths(typeof(GuideModel), "").Where(p => !paths.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "model elements no sample guide fills: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> ModelPaths(Type type, string prefix)
    {
        foreach (var p in type.GetProperties().Where(p => p.DeclaringType == type && p.Name != "EqualityContract"))
        {
            var name = prefix + char.ToLowerInvariant(p.Name[0]) + p.Name[1..];
            var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                var element = t.GetGenericArguments()[0];
                if (element == typeof(string)) yield return name + "[]";
                else foreach (var x in ModelPaths(element, name + "[].")) yield return x;
            }
            else if (t.Namespace == typeof(GuideModel).Namespace && t.IsClass)
            {
                foreach (var x in ModelPaths(t, name + ".")) yield return x;
            }
            else yield return name;
        }
    }
}

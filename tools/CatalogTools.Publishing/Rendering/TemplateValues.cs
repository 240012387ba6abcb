using System.Text.Json;
using CatalogTools.Publishing.Guides;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>Turns a guide's canonical JSON into what templates read: objects, arrays and <see cref="Leaf"/> values.</summary>
public static class TemplateValues
{
    public static object Of(JsonElement root) => Convert(root, "");

    private static object Convert(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new ScriptObject();
                foreach (var p in e.EnumerateObject()) obj[p.Name] = Convert(p.Value, path.Length == 0 ? p.Name : path + "." + p.Name);
                return obj;
            case JsonValueKind.Array:
                var array = new ScriptArray();
                var i = 0;
                foreach (var x in e.EnumerateArray()) array.Add(Convert(x, $"{path}[{i++}]"));
                return array;
            case JsonValueKind.True:
                return new Leaf(path, GuideElements.Text(e), true);
            case JsonValueKind.False:
                return new Leaf(path, GuideElements.Text(e), false);
            case JsonValueKind.Number:
                return new Leaf(path, GuideElements.Text(e), e.GetDecimal());
            default:
                return new Leaf(path, GuideElements.Text(e), e.GetString());
        }
    }
}

using System.Globalization;
using CatalogTools.Core.Yaml;
using Newtonsoft.Json.Linq;

namespace CatalogTools.Core.Schema;

/// <summary>Turns a YAML tree into the JSON value the schema validator reads, typing plain scalars by YAML 1.2.</summary>
public static class YamlToJson
{
    public static JToken Convert(YNode node)
    {
        switch (node.Kind)
        {
            case YKind.Mapping:
                var obj = new JObject();
                foreach (var (key, value) in node.Pairs)
                {
                    obj[key.Value] = Convert(value);
                }
                return obj;
            case YKind.Sequence:
                var array = new JArray();
                foreach (var item in node.Items)
                {
                    array.Add(Convert(item));
                }
                return array;
            default:
                return ConvertScalar(node);
        }
    }

    private static JToken ConvertScalar(YNode node)
    {
        switch (node.ScalarType)
        {
            case ScalarType.Null:
                return JValue.CreateNull();
            case ScalarType.Bool:
                return new JValue(ScalarResolver.AsBool(node.Value));
            case ScalarType.Integer:
                if (long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return new JValue(l);
                return new JValue(node.Value);
            case ScalarType.Float:
                if (double.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return new JValue(d);
                return new JValue(node.Value);
            default:
                return new JValue(node.Value);
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using CatalogTools.Core.Yaml;
using NJsonSchema;

namespace CatalogTools.Core.Schema;

/// <summary>
/// A quick "this file is valid" check, compiled once from a loaded NJsonSchema schema and run on the
/// YAML tree itself. Most catalog files are valid; proving that here skips converting the tree to JSON
/// and NJsonSchema's validator, which together were a third of loading a file. It answers only
/// "surely valid" or "not sure": on "not sure" the caller validates with NJsonSchema as before, so
/// every diagnostic still comes from NJsonSchema.
/// </summary>
/// <remarks>
/// Sound by construction: each check mirrors NJsonSchema 11's JsonSchemaValidator on the JSON value
/// <see cref="YamlToJson"/> makes (same typing of scalars, same string length, same Regex, same enum
/// and uniqueness comparison by text), and every keyword or value it does not mirror (anyOf, format,
/// maxLength, null values, floats against bounds, ...) makes it "not sure". A test compares both on
/// the sample catalog, every fixture and mutated files.
/// </remarks>
public sealed class SchemaFastPath
{
    private readonly Node _root;

    private SchemaFastPath(Node root) => _root = root;

    public static SchemaFastPath Compile(JsonSchema schema) => new(Compile(schema.ActualSchema, new Dictionary<JsonSchema, Node>(ReferenceEqualityComparer.Instance)));

    /// <summary>True only when NJsonSchema would report no error for this tree.</summary>
    public bool SurelyValid(YNode root) => Valid(_root, root);

    private enum Token
    {
        Null,
        Boolean,
        Integer,
        Float,
        String,
        Object,
        Array,
    }

    private sealed class Node
    {
        public bool Unsupported;
        public JsonObjectType Type;
        public string[]? Enum;
        public int? MinLength;
        public Regex? Pattern;
        public decimal? Minimum;
        public decimal? Maximum;
        public Dictionary<string, Node>? Properties;
        public HashSet<string>? Required;
        public bool AllowAdditional;
        public Node? Additional;
        public Node? Item;
        public int MinItems;
        public bool UniqueItems;
    }

    private static Node Compile(JsonSchema s, Dictionary<JsonSchema, Node> done)
    {
        if (done.TryGetValue(s, out var known)) return known;
        var node = new Node();
        done[s] = node;
        if (s.AllOf.Count > 0 || s.AnyOf.Count > 0 || s.OneOf.Count > 0 || s.Not is not null
            || !IsOneSupportedType(s.Type) || !string.IsNullOrEmpty(s.Format) || s.MaxLength.HasValue
            || s.ExclusiveMinimum.HasValue || s.ExclusiveMaximum.HasValue || s.IsExclusiveMinimum || s.IsExclusiveMaximum || s.MultipleOf.HasValue
            || s.MaxItems > 0 || s.Items.Count > 0 || s.MaxProperties > 0 || s.MinProperties > 0 || s.PatternProperties.Count > 0
            || s.Enumeration.Any(v => v is not string))
        {
            node.Unsupported = true;
            return node;
        }
        node.Type = s.Type;
        if (s.Enumeration.Count > 0) node.Enum = s.Enumeration.Cast<string>().ToArray();
        node.MinLength = s.MinLength;
        if (!string.IsNullOrEmpty(s.Pattern)) node.Pattern = new Regex(s.Pattern); // what Regex.IsMatch(value, pattern) builds
        node.Minimum = s.Minimum;
        node.Maximum = s.Maximum;
        if (s.Properties.Count > 0)
        {
            node.Properties = new Dictionary<string, Node>(StringComparer.Ordinal);
            foreach (var (name, property) in s.Properties) node.Properties[name] = Compile(property.ActualSchema, done);
        }
        var required = new HashSet<string>(s.RequiredProperties, StringComparer.Ordinal);
        foreach (var (name, property) in s.Properties)
        {
            if (property.IsRequired) required.Add(name);
        }
        if (required.Count > 0) node.Required = required;
        node.AllowAdditional = s.AllowAdditionalProperties;
        if (s.AdditionalPropertiesSchema is { } additional) node.Additional = Compile(additional.ActualSchema, done);
        if (s.Item is { } item) node.Item = Compile(item.ActualSchema, done);
        node.MinItems = s.MinItems;
        node.UniqueItems = s.UniqueItems;
        return node;
    }

    private static bool IsOneSupportedType(JsonObjectType type) => type is JsonObjectType.String or JsonObjectType.Integer or JsonObjectType.Number
        or JsonObjectType.Boolean or JsonObjectType.Object or JsonObjectType.Array;

    private static bool Valid(Node schema, YNode value)
    {
        if (schema.Unsupported) return false;
        var token = TokenOf(value, out var text);
        switch (token)
        {
            case Token.Null:
                return false; // nullable rules and type errors on null: NJsonSchema decides
            case Token.String:
                if (schema.Type != JsonObjectType.String) return false;
                if (schema.Pattern is not null && !schema.Pattern.IsMatch(text!)) return false;
                if (schema.MinLength is { } min && text!.Length < min) return false;
                break;
            case Token.Integer:
                if (schema.Type is not (JsonObjectType.Integer or JsonObjectType.Number)) return false;
                var number = (decimal)long.Parse(text!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                if (schema.Minimum is { } minimum && number < minimum) return false;
                if (schema.Maximum is { } maximum && number > maximum) return false;
                break;
            case Token.Float:
                if (schema.Type != JsonObjectType.Number || schema.Minimum.HasValue || schema.Maximum.HasValue) return false;
                break;
            case Token.Boolean:
                if (schema.Type != JsonObjectType.Boolean) return false;
                break;
            case Token.Object:
                if (schema.Type != JsonObjectType.Object || !ValidObject(schema, value)) return false;
                break;
            case Token.Array:
                if (schema.Type != JsonObjectType.Array || !ValidArray(schema, value)) return false;
                break;
        }
        if (schema.Enum is not null && (token != Token.String || Array.IndexOf(schema.Enum, text) < 0)) return false;
        return true;
    }

    private static bool ValidObject(Node schema, YNode mapping)
    {
        var required = 0;
        foreach (var (key, value) in mapping.Pairs)
        {
            if (schema.Properties is not null && schema.Properties.TryGetValue(key.Value, out var property))
            {
                if (!Valid(property, value)) return false;
            }
            else if (schema.Additional is not null)
            {
                if (!Valid(schema.Additional, value)) return false;
            }
            else if (!schema.AllowAdditional)
            {
                return false;
            }
            if (schema.Required is not null && schema.Required.Contains(key.Value)) required++;
        }
        // Keys of a YNode mapping are unique (the reader drops a repeated key), so counting is enough.
        return required == (schema.Required?.Count ?? 0);
    }

    private static bool ValidArray(Node schema, YNode sequence)
    {
        var items = sequence.Items;
        if (schema.MinItems > 0 && items.Count < schema.MinItems) return false;
        HashSet<string>? seen = schema.UniqueItems ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var item in items)
        {
            if (seen is not null && (TokenOf(item, out var text) != Token.String || !seen.Add(text!))) return false;
            if (schema.Item is not null && !Valid(schema.Item, item)) return false;
        }
        return true;
    }

    /// <summary>The JSON type <see cref="YamlToJson"/> gives this node, and for scalars the text it holds.</summary>
    private static Token TokenOf(YNode node, out string? text)
    {
        text = null;
        switch (node.Kind)
        {
            case YKind.Mapping:
                return Token.Object;
            case YKind.Sequence:
                return Token.Array;
        }
        text = node.Value;
        switch (node.ScalarType)
        {
            case ScalarType.Null:
                return Token.Null;
            case ScalarType.Bool:
                return Token.Boolean;
            case ScalarType.Integer:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? Token.Integer : Token.String;
            case ScalarType.Float:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? Token.Float : Token.String;
            default:
                return Token.String;
        }
    }
}

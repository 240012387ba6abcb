using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Yaml;
using NJsonSchema.Validation;

namespace CatalogTools.Core.Schema;

/// <summary>Words a validator error for editors who do not read JSON Schema (<c>schema.*</c> messages).</summary>
public static class SchemaErrorText
{
    /// <param name="error">The validator's error.</param>
    /// <param name="value">The YAML node the error is about, when found: a plain number where text is expected gets a quoting hint.</param>
    public static MessageText Describe(ValidationError error, YNode? value = null)
    {
        var property = error.Property ?? "";
        var schema = error.Schema?.ActualSchema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => M("schema.requiredFieldMissing", ("property", property)),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => ClosestKey(error) is { } meant
                ? M("schema.fieldNotAllowedDidYouMean", ("property", property), ("meant", meant))
                : M("schema.fieldNotAllowed", ("property", property)),
            ValidationErrorKind.NotInEnumeration => M("schema.notInEnumeration", ("allowed", Allowed(schema))),
            ValidationErrorKind.StringExpected => QuotingHint(value) ?? M("schema.textExpected"),
            ValidationErrorKind.IntegerExpected => M("schema.integerExpected"),
            ValidationErrorKind.NumberExpected => M("schema.numberExpected"),
            ValidationErrorKind.BooleanExpected => M("schema.booleanExpected"),
            ValidationErrorKind.ArrayExpected => M("schema.listExpected"),
            ValidationErrorKind.ObjectExpected => M("schema.mappingExpected"),
            ValidationErrorKind.StringTooShort => M("schema.mustNotBeEmpty"),
            ValidationErrorKind.StringTooLong => M("schema.textTooLong"),
            ValidationErrorKind.NumberTooSmall => M("schema.numberTooSmall", ("minimum", schema?.Minimum)),
            ValidationErrorKind.NumberTooBig => M("schema.numberTooLarge", ("maximum", schema?.Maximum)),
            ValidationErrorKind.PatternMismatch => M("schema.patternMismatch", ("pattern", schema?.Pattern)),
            ValidationErrorKind.TooFewItems => M("schema.tooFewItems", ("minItems", schema?.MinItems)),
            ValidationErrorKind.ItemsNotUnique => M("schema.duplicateEntries"),
            ValidationErrorKind.NullExpected => M("schema.nullExpected"),
            _ => M("schema.invalid", ("kind", error.Kind)),
        };
    }

    /// <summary>For an unknown key, the known key of the same mapping it most likely misspells.</summary>
    public static string? ClosestKey(ValidationError error) =>
        error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && error.Property is { } property && error.Schema?.ActualSchema is { } parent
            ? Text.ClosestName.Find(property, parent.ActualProperties.Keys)
            : null;

    /// <summary>YAML reads an unquoted 230100 as a number and true as a boolean: say so, and show the quoted text.</summary>
    private static MessageText? QuotingHint(YNode? value)
    {
        if (value is null || value.Kind != YKind.Scalar || value.Quoted) return null;
        return value.ScalarType switch
        {
            ScalarType.Integer or ScalarType.Float => M("schema.quoteTheNumber", ("value", value.Value)),
            ScalarType.Bool => M("schema.quoteTheBoolean", ("value", value.Value)),
            _ => null,
        };
    }

    private static string Allowed(NJsonSchema.JsonSchema? schema) =>
        schema is null ? "" : string.Join("、", schema.Enumeration.Select(e => e?.ToString()));

    private static MessageText M(string id, params (string Name, object? Value)[] arguments) => new(id, arguments);
}

using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Yaml;
using NJsonSchema.Validation;

namespace CatalogTools.Core.Schema;

/// <summary>Words a validator error in Chinese and English for editors who do not read JSON Schema.</summary>
public static class SchemaErrorText
{
    /// <param name="error">The validator's error.</param>
    /// <param name="value">The YAML node the error is about, when found: a plain number where text is expected gets a quoting hint.</param>
    public static string Describe(ValidationError error, YNode? value = null)
    {
        var property = error.Property ?? "";
        var schema = error.Schema?.ActualSchema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => L($"缺少必填字段『{property}』", $"required field '{property}' is missing"),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => ClosestKey(error) is { } meant
                ? L($"不允许的字段『{property}』：是否想写 `{meant}`？", $"field '{property}' is not allowed: did you mean `{meant}`?")
                : L($"不允许的字段『{property}』（是否拼写错误？）", $"field '{property}' is not allowed (misspelt?)"),
            ValidationErrorKind.NotInEnumeration => L($"取值不在允许范围内，可选：{Allowed(schema)}", $"value is not allowed; choose one of: {Allowed(schema)}"),
            ValidationErrorKind.StringExpected => QuotingHint(value) ?? L("应为文本", "a text value is expected"),
            ValidationErrorKind.IntegerExpected => L("应为整数", "an integer is expected"),
            ValidationErrorKind.NumberExpected => L("应为数字", "a number is expected"),
            ValidationErrorKind.BooleanExpected => L("应为 true 或 false", "true or false is expected"),
            ValidationErrorKind.ArrayExpected => L("应为列表（每项以 - 开头）", "a list is expected (items start with -)"),
            ValidationErrorKind.ObjectExpected => L("应为键值映射（键: 值）", "a mapping (key: value) is expected"),
            ValidationErrorKind.StringTooShort => L("不能为空", "must not be empty"),
            ValidationErrorKind.StringTooLong => L("文本过长", "text is too long"),
            ValidationErrorKind.NumberTooSmall => L($"数值过小（最小 {schema?.Minimum}）", $"number too small (minimum {schema?.Minimum})"),
            ValidationErrorKind.NumberTooBig => L($"数值过大（最大 {schema?.Maximum}）", $"number too large (maximum {schema?.Maximum})"),
            ValidationErrorKind.PatternMismatch => L($"格式不符合 {schema?.Pattern}", $"does not match the pattern {schema?.Pattern}"),
            ValidationErrorKind.TooFewItems => L($"至少需要 {schema?.MinItems} 项", $"at least {schema?.MinItems} item(s) required"),
            ValidationErrorKind.ItemsNotUnique => L("列表中有重复项", "the list has duplicate entries"),
            ValidationErrorKind.NullExpected => L("应为空", "null expected"),
            _ => L($"不符合要求（{error.Kind}）", $"invalid ({error.Kind})"),
        };
    }

    /// <summary>For an unknown key, the known key of the same mapping it most likely misspells.</summary>
    public static string? ClosestKey(ValidationError error) =>
        error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && error.Property is { } property && error.Schema?.ActualSchema is { } parent
            ? Text.ClosestName.Find(property, parent.ActualProperties.Keys)
            : null;

    /// <summary>YAML reads an unquoted 230100 as a number and true as a boolean: say so, and show the quoted text.</summary>
    private static string? QuotingHint(YNode? value)
    {
        if (value is null || value.Kind != YKind.Scalar || value.Quoted) return null;
        return value.ScalarType switch
        {
            ScalarType.Integer or ScalarType.Float => L($"应为文本：不加引号的 {value.Value} 会被读作数字，请加引号写成 \"{value.Value}\"",
                $"a text value is expected: unquoted, {value.Value} is read as a number; quote it: \"{value.Value}\""),
            ScalarType.Bool => L($"应为文本：不加引号的 {value.Value} 会被读作 true/false，请加引号写成 \"{value.Value}\"",
                $"a text value is expected: unquoted, {value.Value} is read as true/false; quote it: \"{value.Value}\""),
            _ => null,
        };
    }

    private static string Allowed(NJsonSchema.JsonSchema? schema) =>
        schema is null ? "" : string.Join("、", schema.Enumeration.Select(e => e?.ToString()));

    private static string L(string zh, string en) => MessageTemplateFormatter.Localized(zh, en);
}

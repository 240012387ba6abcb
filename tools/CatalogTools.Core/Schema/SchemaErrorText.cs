using CatalogTools.Core.Diagnostics;
using NJsonSchema.Validation;

namespace CatalogTools.Core.Schema;

/// <summary>Words a validator error in Chinese and English for editors who do not read JSON Schema.</summary>
public static class SchemaErrorText
{
    public static string Describe(ValidationError error)
    {
        var property = error.Property ?? "";
        var schema = error.Schema?.ActualSchema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => L($"缺少必填字段『{property}』", $"required field '{property}' is missing"),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => L($"不允许的字段『{property}』（是否拼写错误？）", $"field '{property}' is not allowed (misspelt?)"),
            ValidationErrorKind.NotInEnumeration => L($"取值不在允许范围内，可选：{Allowed(schema)}", $"value is not allowed; choose one of: {Allowed(schema)}"),
            ValidationErrorKind.StringExpected => L("应为文本", "a text value is expected"),
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

    private static string Allowed(NJsonSchema.JsonSchema? schema) =>
        schema is null ? "" : string.Join("、", schema.Enumeration.Select(e => e?.ToString()));

    private static string L(string zh, string en) => MessageTemplateFormatter.Localized(zh, en);
}

using System.Globalization;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Yaml;

/// <summary>The problem for a broken <see cref="YamlLimits"/> bound, worded for editors in both languages.</summary>
public static class LimitText
{
    public static YamlProblem Problem(YamlLimit limit, int line, int column, long found, long max) =>
        new(YamlProblemKind.Limit, line, column, Describe(limit, found, max), Key: limit.ToString());

    /// <summary>An alias that refers to a node it is inside: expanding it never ends.</summary>
    public static YamlProblem RecursiveAlias(int line, int column, string anchor) =>
        new(YamlProblemKind.Limit, line, column, MessageTemplateFormatter.Localized(
            $"别名 *{anchor} 指向包含它自身的节点（展开永无止境）", $"alias *{anchor} refers to a node that contains it (its expansion never ends)"), Key: nameof(YamlLimit.AliasExpansion));

    private static string Describe(YamlLimit limit, long found, long max)
    {
        var f = found.ToString("N0", CultureInfo.InvariantCulture);
        var m = max.ToString("N0", CultureInfo.InvariantCulture);
        return limit switch
        {
            YamlLimit.DocumentSize => MessageTemplateFormatter.Localized($"文件有 {f} 字节，超过上限 {m} 字节", $"the file has {f} bytes, more than the limit of {m}"),
            YamlLimit.Depth => MessageTemplateFormatter.Localized($"嵌套超过 {m} 层", $"nesting deeper than {m} levels"),
            YamlLimit.AliasExpansion => MessageTemplateFormatter.Localized($"别名（*）展开后超过 {m} 个节点", $"aliases (*) expand to more than {m} nodes"),
            YamlLimit.ScalarLength => MessageTemplateFormatter.Localized($"一个值有 {f} 个字符，超过上限 {m}", $"a value has {f} characters, more than the limit of {m}"),
            _ => MessageTemplateFormatter.Localized($"节点超过 {m} 个", $"more than {m} nodes"),
        };
    }
}

/// <summary>Thrown inside the readers when a bound is broken; the public entry points turn it into a <see cref="YamlProblem"/>.</summary>
internal sealed class YamlLimitException(YamlProblem problem) : Exception(problem.Detail)
{
    public YamlProblem Problem => problem;
}

using System.Globalization;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Yaml;

/// <summary>The problem for a broken <see cref="YamlLimits"/> bound, as a <c>yaml.*</c> message.</summary>
public static class LimitText
{
    public static YamlProblem Problem(YamlLimit limit, int line, int column, long found, long max) =>
        new(YamlProblemKind.Limit, line, column, Describe(limit, found, max), Key: limit.ToString());

    /// <summary>An alias that refers to a node it is inside: expanding it never ends.</summary>
    public static YamlProblem RecursiveAlias(int line, int column, string anchor) =>
        new(YamlProblemKind.Limit, line, column, new MessageText("yaml.recursiveAlias", ("anchor", anchor)), Key: nameof(YamlLimit.AliasExpansion));

    private static MessageText Describe(YamlLimit limit, long found, long max)
    {
        var f = found.ToString("N0", CultureInfo.InvariantCulture);
        var m = max.ToString("N0", CultureInfo.InvariantCulture);
        return limit switch
        {
            YamlLimit.DocumentSize => new MessageText("yaml.documentTooLarge", ("found", f), ("max", m)),
            YamlLimit.Depth => new MessageText("yaml.tooDeep", ("max", m)),
            YamlLimit.AliasExpansion => new MessageText("yaml.aliasesExpandTooFar", ("max", m)),
            YamlLimit.ScalarLength => new MessageText("yaml.valueTooLong", ("found", f), ("max", m)),
            _ => new MessageText("yaml.tooManyNodes", ("max", m)),
        };
    }
}

/// <summary>Thrown inside the readers when a bound is broken; the public entry points turn it into a <see cref="YamlProblem"/>.</summary>
internal sealed class YamlLimitException(YamlProblem problem) : Exception(problem.Detail.ToString())
{
    public YamlProblem Problem => problem;
}

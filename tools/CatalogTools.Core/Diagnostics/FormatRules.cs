namespace CatalogTools.Core.Diagnostics;

/// <summary>What <c>catalog fmt --check</c> reports when a machine format is asked for.</summary>
public static class FormatRules
{
    public static readonly RuleDescriptor NotCanonical = new(
        RuleIds.NotCanonical, "不是规范格式", "Not in canonical form", "format", Severity.Error,
        "文件不是规范格式：从第 {line} 行起与 catalog fmt 写出的内容不同（应为『{expected}』）", "the file is not in canonical form: from line {line} it differs from what catalog fmt writes (expected '{expected}')",
        "运行 catalog fmt {file}，把改写后的文件与修改一起提交", "run catalog fmt {file} and commit the rewritten file with the change");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [NotCanonical];
}

namespace CatalogTools.Core.Diagnostics;

/// <summary>Descriptors of what the loader itself finds: bytes, YAML syntax, schema, file naming.</summary>
public static class LoadRules
{
    public static readonly RuleDescriptor YamlSyntax = new(
        RuleIds.YamlSyntax, "YAML 语法错误", "YAML syntax error", "syntax", Severity.Error,
        "YAML 语法错误：{detail}", "YAML syntax error: {detail}",
        "检查该行的缩进（只用空格、不用制表符）、冒号后的空格和引号是否成对", "check this line's indentation (spaces only, no tabs), the space after each colon and that quotes are paired");

    public static readonly RuleDescriptor DuplicateKey = new(
        RuleIds.DuplicateKey, "重复的键", "Duplicate key", "syntax", Severity.Error,
        "键『{key}』在同一层级重复出现（首次出现在第 {firstLine} 行）", "key '{key}' appears twice in the same mapping (first at line {firstLine})",
        "删除或合并重复的键，只保留一个", "delete or merge the duplicate so the key appears once");

    public static readonly RuleDescriptor NotUtf8 = new(
        RuleIds.NotUtf8, "文件不是 UTF-8 编码", "File is not UTF-8", "syntax", Severity.Error,
        "文件不是 UTF-8 编码（第一个无效字节 0x{byte}{guess}）", "file is not UTF-8 (first invalid byte 0x{byte}{guess})",
        "用编辑器以 UTF-8（无 BOM）另存该文件，例如 iconv -f GBK -t UTF-8", "save the file as UTF-8 without BOM, e.g. iconv -f GBK -t UTF-8");

    public static readonly RuleDescriptor SchemaViolation = new(
        RuleIds.SchemaViolation, "不符合文件结构定义", "Schema violation", "schema", Severity.Error,
        "『{path}』不符合 {schema}：{detail}", "'{path}' does not match {schema}: {detail}",
        "按 schemas/{schema} 修改该字段（VS Code 安装 YAML 插件可获得补全与提示）", "change the field as schemas/{schema} requires (the VS Code YAML extension offers completion)");

    public static readonly RuleDescriptor UnknownFileKind = new(
        RuleIds.UnknownFileKind, "无法识别的文件", "Unknown file kind", "layout", Severity.Warning,
        "无法识别文件类型，目录中的文件未被检查", "this file's kind is unknown, so it was not checked",
        "标准事项放在 standards/，实施清单放在 implementations/<区划代码>/，登记表放在 registries/", "put standard items under standards/, implementations under implementations/<region>/, registries under registries/");

    public static readonly RuleDescriptor FileNameMismatch = new(
        RuleIds.FileNameMismatch, "文件名与编码不一致", "File name does not match code", "layout", Severity.Error,
        "文件名应为『{expected}』，与其中的编码一致", "the file should be named '{expected}' after the code it holds",
        "重命名文件为 {expected}", "rename the file to {expected}");

    public static readonly RuleDescriptor MissingRegistry = new(
        RuleIds.MissingRegistry, "缺少登记表", "Registry missing", "layout", Severity.Error,
        "缺少登记表 {registry}，引用无法核对", "registry {registry} is missing, so references cannot be checked",
        "在目录中添加 {registry}", "add {registry} to the catalog");

    public static readonly RuleDescriptor InvalidSuppression = new(
        RuleIds.InvalidSuppression, "无效的规则豁免", "Invalid suppression", "policy", Severity.Error,
        "规则豁免无效：{detail}", "invalid suppression: {detail}",
        "写成『# catalog-disable CAT00xx until 2027-06-30: 理由』，理由必填且日期未过期", "write '# catalog-disable CAT00xx until 2027-06-30: reason' with a reason and a future date");

    public static readonly RuleDescriptor InputLimit = new(
        RuleIds.InputLimit, "文件超出读取限制", "File exceeds a reading limit", "syntax", Severity.Error,
        "文件超出读取限制，未读取：{detail}", "the file exceeds a reading limit and was not read: {detail}",
        "目录文件不需要锚点与别名（& 和 *）、深层嵌套或超长文本：删除别名、减少嵌套，或把过大的文件拆分（各项限制见 docs/security.md）",
        "catalog files need no anchors and aliases (& and *), deep nesting or huge texts: remove the aliases, flatten the nesting, or split the oversized file (docs/security.md lists each limit)");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        YamlSyntax, DuplicateKey, NotUtf8, SchemaViolation, UnknownFileKind, FileNameMismatch, MissingRegistry, InvalidSuppression, InputLimit,
    ];
}

using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Progress;

/// <summary>A step of long work, named in both languages for whoever shows it (only the CLI does).</summary>
public sealed record WorkStep(string Zh, string En)
{
    public static readonly WorkStep ReadingFiles = new("读取文件", "reading files");
    public static readonly WorkStep RunningRules = new("运行规则", "running rules");
    public static readonly WorkStep FormattingFiles = new("检查规范格式", "formatting files");
    public static readonly WorkStep HashingItems = new("计算事项哈希", "hashing items");
    public static readonly WorkStep ComputingFigures = new("计算指标", "computing figures");
    public static readonly WorkStep AuditingPages = new("比对渠道页面", "auditing pages");
    public static readonly WorkStep Generating = new("生成合成目录", "generating the catalog");

    public string Text(Lang lang) => lang == Lang.Zh ? Zh : En;
}

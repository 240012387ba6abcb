using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>What publish says about the content-addressed files it pruned, and its exit code (a prune that stopped is a failed step: nothing was deleted).</summary>
internal static class PruneReport
{
    public static int Write(CliConsole console, PruneResult result, int keep, Lang lang)
    {
        var zh = lang == Lang.Zh;
        if (result.Stopped is { } why)
        {
            console.Error.WriteLine(why.In(lang));
            return ExitCodes.CannotRun;
        }
        if (result.Removed == 0) return ExitCodes.Ok;
        console.Out.WriteLine(zh
            ? $"已清理 targets/：删除 {result.Removed} 个最近 {keep} 个版本都不再引用的文件（{result.BytesRemoved} 字节），保留 {result.Kept} 个"
            : $"pruned targets/: removed {result.Removed} files no release of the last {keep} references ({result.BytesRemoved} bytes), kept {result.Kept}");
        return ExitCodes.Ok;
    }
}

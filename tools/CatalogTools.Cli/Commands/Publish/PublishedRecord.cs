using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Fleet;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>After a publish: the output folder's releases.json records the bundles it held before and those just written (for `audit --fleet`).</summary>
internal static class PublishedRecord
{
    public static bool Write(CliConsole console, string outputFolder, IReadOnlyList<CatalogTools.Publishing.Fleet.Release> heldBefore, TimeProvider clock, Lang lang)
    {
        try
        {
            ReleaseLedger.Record(outputFolder, heldBefore, clock.GetUtcNow());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The bundles are in place; only the record of them is not. Say so, and how to repair it.
            console.Error.WriteLine(lang == Lang.Zh
                ? $"发布包已写入，但发布记录 {ReleaseLedger.FileName} 未能更新：{e.Message}。修复文件夹权限后再次运行同样的 publish 命令即可补记。"
                : $"the bundles are written but the release record {ReleaseLedger.FileName} could not be updated: {e.Message}. Fix the folder's permissions and run the same publish again to record them.");
            return false;
        }
    }
}

using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.Release;

/// <summary>What publish and release say about the trust metadata they wrote, and their exit code.</summary>
internal static class TrustReport
{
    public static int Write(CliConsole console, TrustPublishResult result, Lang lang)
    {
        var zh = lang == Lang.Zh;
        foreach (var p in result.Problems) console.Error.WriteLine(p.In(lang));
        if (result.DefaultRootCreated)
        {
            console.Out.WriteLine(zh
                ? "已生成默认根元数据 metadata/1.root.json（该密钥担任全部角色，阈值 1）；把它交给各渠道作为信任根"
                : "made a default root metadata/1.root.json (the key holds every role, threshold 1); give it to channels as their trust root");
        }
        foreach (var (channel, version) in result.TargetsVersions.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            console.Out.WriteLine(zh ? $"信任元数据：{RepositoryLayout.TargetsFile(channel, version)}" : $"trust metadata: {RepositoryLayout.TargetsFile(channel, version)}");
        }
        foreach (var p in result.Pending)
        {
            console.Out.WriteLine(zh
                ? $"待签名：{p.File}（{p.Role} 角色，有效签名 {p.Valid}/{p.Threshold}）：请持有 {p.Role} 密钥的人运行 catalog sign OUT/{p.File} --key 私钥.pem，然后 catalog release OUT --key 在线密钥.pem"
                : $"needs signatures: {p.File} ({p.Role}, {p.Valid}/{p.Threshold} valid): holders of {p.Role} keys run catalog sign OUT/{p.File} --key KEY.pem, then catalog release OUT --key ONLINE.pem");
        }
        if (result.Released)
        {
            console.Out.WriteLine(zh
                ? $"已签发：{RepositoryLayout.SnapshotFile(result.SnapshotVersion!.Value)}，{RepositoryLayout.TimestampFile}（第 {result.TimestampVersion} 版）"
                : $"released: {RepositoryLayout.SnapshotFile(result.SnapshotVersion!.Value)}, {RepositoryLayout.TimestampFile} (version {result.TimestampVersion})");
        }
        else if (result.Problems.Count == 0 && result.Pending.Count > 0)
        {
            console.Out.WriteLine(zh ? "未签发快照和时间戳：渠道继续使用上一版本，直到签名齐全后运行 catalog release" : "no snapshot or timestamp written: channels keep the previous version until the signatures are complete and catalog release runs");
        }
        return result.Problems.Count > 0 ? ExitCodes.CannotRun : ExitCodes.Ok;
    }
}

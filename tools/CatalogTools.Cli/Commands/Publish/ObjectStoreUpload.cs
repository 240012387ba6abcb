using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.ObjectStore;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>`publish --to s3://BUCKET/PREFIX`: uploads the publish folder in the safe order (<see cref="BundleUpload"/>) with a store configured from the environment.</summary>
internal static class ObjectStoreUpload
{
    public static int Run(CliConsole console, string folder, S3Location target, TimeProvider clock, Lang lang)
    {
        var zh = lang == Lang.Zh;
        try
        {
            using var store = S3ObjectStore.FromEnvironment(target.Bucket, Environment.GetEnvironmentVariable);
            var result = BundleUpload.UploadAsync(folder, target, store, clock.GetUtcNow()).GetAwaiter().GetResult();
            console.Out.WriteLine(zh
                ? $"已上传到 {target}：{result.Uploaded.Count} 个文件（{result.BytesUploaded} 字节），未变 {result.Unchanged} 个，删除 {result.Deleted.Count} 个"
                : $"uploaded to {target}: {result.Uploaded.Count} files ({result.BytesUploaded} bytes), {result.Unchanged} unchanged, {result.Deleted.Count} deleted");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is Amazon.Runtime.AmazonServiceException or Amazon.Runtime.AmazonClientException or HttpRequestException or IOException or UnauthorizedAccessException or TaskCanceledException)
        {
            // Content goes first and the pointers last: a failed upload leaves readers on the version the store announced before.
            console.Error.WriteLine(zh
                ? $"上传到 {target} 失败：{e.Message}。本地发布已完成；存储中的读者仍看到上一个完整版本（清单在内容之后上传）。检查 AWS_ENDPOINT_URL、AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY 和存储桶后重新运行同样的命令，只会上传尚未上传的文件。"
                : $"upload to {target} failed: {e.Message}. The local publish is complete; readers of the store still see the previous whole version (manifests go after content). Check AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and the bucket, then run the same command again: only files not yet uploaded are sent.");
            return ExitCodes.CannotRun;
        }
    }
}

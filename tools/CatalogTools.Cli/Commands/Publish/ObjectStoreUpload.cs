using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.ObjectStore;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>`publish --to s3://BUCKET/PREFIX`: uploads the publish folder in the safe order (<see cref="BundleUpload"/>) with a store configured from the environment.</summary>
internal static class ObjectStoreUpload
{
    public static int Run(CliConsole console, string folder, S3Location target, TimeProvider clock, Lang lang)
    {
        try
        {
            using var store = S3ObjectStore.FromEnvironment(target.Bucket, Environment.GetEnvironmentVariable);
            var result = BundleUpload.UploadAsync(folder, target, store, clock.GetUtcNow()).GetAwaiter().GetResult();
            console.Out.WriteLine(Messages.Format(lang, "publish.uploadedToFilesBytesUnchanged", ("target", target), ("uploaded", result.Uploaded.Count), ("bytesUploaded", result.BytesUploaded), ("unchanged", result.Unchanged), ("deleted", result.Deleted.Count)));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is Amazon.Runtime.AmazonServiceException or Amazon.Runtime.AmazonClientException or HttpRequestException or IOException or UnauthorizedAccessException or TaskCanceledException)
        {
            // Content goes first and the pointers last: a failed upload leaves readers on the version the store announced before.
            console.Error.WriteLine(Messages.Format(lang, "publish.uploadToFailedTheLocal", ("target", target), ("message", e is ObjectStoreException refused ? refused.Reason : e.Message)));
            return ExitCodes.CannotRun;
        }
    }
}

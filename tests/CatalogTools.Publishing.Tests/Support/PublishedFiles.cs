using CatalogTools.Publishing.Bundles;
using Xunit;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>A published folder's files as bytes, and the comparison every incremental test makes against a whole update.</summary>
public static class PublishedFiles
{
    /// <summary>Every file under <paramref name="directory"/> by its '/'-separated relative path.</summary>
    public static Dictionary<string, byte[]> Of(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>
    /// Each channel of <paramref name="actual"/> holds byte for byte what <paramref name="expected"/> holds, the manifest
    /// signature aside (ECDSA signatures are randomized); <paramref name="label"/> says which case failed.
    /// </summary>
    public static void AssertSameChannels(string expected, string actual, string label = "")
    {
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            var want = Of(Path.Combine(expected, channel));
            var got = Of(Path.Combine(actual, channel));
            Assert.Equal(want.Keys.Order(), got.Keys.Order());
            foreach (var (relative, bytes) in want)
            {
                if (relative == BundleManifest.SignatureFileName) continue;
                Assert.True(bytes.AsSpan().SequenceEqual(got[relative]), $"{label}{channel}/{relative} differs");
            }
        }
    }
}

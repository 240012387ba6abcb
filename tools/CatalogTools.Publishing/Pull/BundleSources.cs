namespace CatalogTools.Publishing.Pull;

/// <summary>The source a command-line argument names: an http(s) URL, or a folder.</summary>
public static class BundleSources
{
    public static IBundleSource Open(string urlOrFolder, HttpClient? client = null) =>
        Uri.TryCreate(urlOrFolder, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new HttpBundleSource(uri, client)
            : new FolderBundleSource(urlOrFolder);

    /// <summary>One channel's bundle under a publish folder or URL (CHANNEL/ appended).</summary>
    public static string ChannelUnder(string urlOrFolder, string channel) =>
        urlOrFolder.Contains("://", StringComparison.Ordinal) ? urlOrFolder.TrimEnd('/') + "/" + channel + "/" : Path.Combine(urlOrFolder, channel);
}

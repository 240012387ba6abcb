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

    /// <summary>
    /// A channel's own URL or folder (its last segment a channel name, e.g. https://cdn/BUCKET/PREFIX/mobile/) as the
    /// publish folder above it and the channel: trust metadata sits beside the channels, so that is where a pull starts.
    /// Null when the last segment names no channel. Query and fragment are not part of a bundle's address.
    /// </summary>
    public static (string PublishFolder, string Channel)? SplitChannel(string urlOrFolder)
    {
        if (Uri.TryCreate(urlOrFolder, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var path = uri.AbsolutePath.TrimEnd('/');
            var slash = path.LastIndexOf('/');
            var last = Uri.UnescapeDataString(path[(slash + 1)..]);
            if (slash < 0 || !Channels.ChannelRegistry.Names.Contains(last)) return null;
            return (new UriBuilder(uri) { Path = path[..(slash + 1)], Query = "", Fragment = "" }.Uri.AbsoluteUri, last);
        }
        if (urlOrFolder.Contains("://", StringComparison.Ordinal)) return null;
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(urlOrFolder));
        var name = Path.GetFileName(full);
        return Channels.ChannelRegistry.Names.Contains(name) && Path.GetDirectoryName(full) is { } parent ? (parent, name) : null;
    }
}

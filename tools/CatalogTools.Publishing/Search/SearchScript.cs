namespace CatalogTools.Publishing.Search;

/// <summary>
/// The search script (Search/search.js, built into this assembly): one source for the web and the kiosk, kept beside
/// the index format it reads (<see cref="SearchIndex"/>) rather than copied into each channel's templates.
/// </summary>
public static class SearchScript
{
    /// <summary>Where publish writes it in a web or kiosk bundle; pages load it from there.</summary>
    public const string BundlePath = "assets/search.js";

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(SearchScript).Assembly.GetManifestResourceStream("Search.search.js")
            ?? throw new InvalidOperationException("Search.search.js is not embedded in CatalogTools.Publishing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static byte[] Bytes => Script.Value;
}

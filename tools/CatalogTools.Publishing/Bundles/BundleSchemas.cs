using CatalogTools.Publishing.Channels;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// The JSON Schemas of the bundle's own documents (schemas/bundle/ in the repository, built into this
/// assembly), shipped in every bundle under schemas/ so a third party reads the format from the bundle
/// it holds: manifest, delta and the trust metadata in every channel, the mobile documents in the mobile bundle.
/// </summary>
public static class BundleSchemas
{
    public const string Folder = "schemas";

    private static readonly string[] Every = ["manifest.schema.json", "delta.schema.json", "root.schema.json", "timestamp.schema.json", "snapshot.schema.json", "targets.schema.json"];
    private static readonly string[] Mobile = ["guide.schema.json", "mobile-regions.schema.json", "mobile-region.schema.json", "mobile-site.schema.json", "mobile-entries.schema.json", "mobile-listing.schema.json", "mobile-bundle.schema.json"];

    /// <summary>The schema files a channel's bundle carries, by file name.</summary>
    public static IReadOnlyList<string> For(string channel) => channel == "mobile" ? [.. Every, .. Mobile] : Every;

    public static byte[] Read(string name)
    {
        using var stream = typeof(BundleSchemas).Assembly.GetManifestResourceStream("BundleSchemas." + name)
            ?? throw new InvalidOperationException($"schema {name} is not built into {typeof(BundleSchemas).Assembly.GetName().Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Writes the channel's schemas as shared files (schemas/NAME).</summary>
    public static void Write(string channel, SharedSink sink)
    {
        foreach (var name in For(channel)) sink.File($"{Folder}/{name}", Read(name));
    }
}

using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// The manifest one targets version of a channel released, read from its content-addressed copy under
/// targets/ through a memory map: its header, SHA-256, and its file entries by binary search.
/// </summary>
internal sealed class ReleasedManifest : IDisposable
{
    private readonly MappedFile _mapped;
    private readonly BundleBase _entries;

    private ReleasedManifest(string sha256, MappedFile mapped, BundleBase entries, BundleManifest header)
    {
        Sha256 = sha256;
        _mapped = mapped;
        _entries = entries;
        Header = header;
    }

    public string Sha256 { get; }

    public BundleManifest Header { get; }

    public long Length => _mapped.Length;

    /// <summary>The release, or null when its metadata or manifest copy is missing or unreadable.</summary>
    public static ReleasedManifest? Open(string output, string channel, long version)
    {
        MappedFile? mapped = null;
        try
        {
            var signed = MetadataFolder.Read(Path.Combine(output, RepositoryLayout.TargetsFile(channel, version)), out _);
            if (signed is null || !TargetsMetadata.FromJson(signed.Signed).Targets.TryGetValue(RepositoryLayout.ManifestTarget(channel), out var target)) return null;
            var copy = BundlePath.Resolve(output, RepositoryLayout.ContentFile(RepositoryLayout.ManifestTarget(channel), target.Sha256));
            if (!System.IO.File.Exists(copy)) return null;
            mapped = MappedFile.Open(copy);
            if (ManifestLines.Of(mapped) is not { } lines || ManifestCodec.ReadHeader(mapped.Span) is not { } header)
            {
                mapped.Dispose();
                return null;
            }
            return new ReleasedManifest(target.Sha256, mapped, BundleBase.Of(copy, lines), header);
        }
        catch (Exception e) when (e is MetadataFormatException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            mapped?.Dispose();
            return null;
        }
    }

    public ManifestFile? File(string relative) => _entries.File(relative);

    public void Dispose() => _mapped.Dispose();
}

using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// The root a channel trusts, and following it through rotations: version N+1 is accepted only when
/// a threshold of version N's root keys AND a threshold of its own root keys signed it (TUF 5.3).
/// After the walk the newest root must not be expired. Keys a rotation removed sign nothing from then on.
/// </summary>
public sealed class TrustedRoot
{
    private TrustedRoot(RootMetadata root, SignedMetadata signed, byte[] bytes)
    {
        Root = root;
        Signed = signed;
        Bytes = bytes;
    }

    public RootMetadata Root { get; private set; }

    public SignedMetadata Signed { get; private set; }

    /// <summary>The trusted root file's bytes (what a channel stores as its new trust anchor after a rotation).</summary>
    public byte[] Bytes { get; private set; }

    /// <summary>
    /// The root a channel was installed with. Its own root role must have signed it to its threshold
    /// (so a hand-edited file is caught); it is otherwise trusted as given.
    /// </summary>
    public static TrustedRoot? Load(byte[] bytes, string file, out Diagnostic? problem)
    {
        problem = null;
        var (signed, root) = Read(bytes, file, out problem);
        if (root is null) return null;
        problem = SignatureCheck.Threshold(signed!, root, RoleNames.Root, file);
        return problem is null ? new TrustedRoot(root, signed!, bytes) : null;
    }

    /// <summary>Accepts <paramref name="bytes"/> as the next root (version N+1), or says why not (the trusted root is then unchanged).</summary>
    public Diagnostic? Update(byte[] bytes, string file)
    {
        var (signed, next) = Read(bytes, file, out var problem);
        if (next is null) return problem;
        if (next.Version != Root.Version + 1)
        {
            return TrustFindings.RootRotation(file, new("trust.versionExpected", ("version", next.Version), ("expected", Root.Version + 1)));
        }
        if (SignatureCheck.Threshold(signed!, Root, RoleNames.Root, file) is { } byOld)
        {
            return TrustFindings.RootRotation(file, new("trust.oldRootTooFewSignatures",
                ("version", Root.Version), ("threshold", Root.Roles[RoleNames.Root].Threshold), ("detail", TrustFindings.MessageOf(byOld))));
        }
        if (SignatureCheck.Threshold(signed!, next, RoleNames.Root, file) is { } byNew)
        {
            return TrustFindings.RootRotation(file, new("trust.newRootTooFewSignatures",
                ("threshold", next.Roles[RoleNames.Root].Threshold), ("detail", TrustFindings.MessageOf(byNew))));
        }
        Root = next;
        Signed = signed!;
        Bytes = bytes;
        return null;
    }

    /// <summary>
    /// Follows rotations: reads N+1.root.json, N+2.root.json… through <paramref name="read"/> (null: no
    /// such version, the walk ends) and accepts each in turn; stops at the first refused one.
    /// </summary>
    public IReadOnlyList<Diagnostic> FollowRotations(Func<string, byte[]?> read)
    {
        for (var step = 0; step < RepositoryLayout.MaxRootRotations; step++)
        {
            var file = RepositoryLayout.RootFile(Root.Version + 1);
            var bytes = read(file);
            if (bytes is null) return [];
            if (Update(bytes, file) is { } problem) return [problem];
        }
        return [];
    }

    /// <summary>CAT0241 when the trusted root has expired (checked after following rotations: a newer root may extend it).</summary>
    public Diagnostic? CheckExpiry(DateTimeOffset now) =>
        now >= Root.Expires ? TrustFindings.Expired(RepositoryLayout.RootFile(Root.Version), RoleNames.Root, Root.Expires, now) : null;

    private static (SignedMetadata? Signed, RootMetadata? Root) Read(byte[] bytes, string file, out Diagnostic? problem)
    {
        problem = null;
        var signed = SignedMetadata.Parse(bytes, out var error);
        if (signed is null)
        {
            problem = TrustFindings.Invalid(file, error);
            return (null, null);
        }
        try
        {
            return (signed, RootMetadata.FromJson(signed.Signed));
        }
        catch (MetadataFormatException e)
        {
            problem = TrustFindings.Invalid(file, e.Reason);
            return (null, null);
        }
    }
}

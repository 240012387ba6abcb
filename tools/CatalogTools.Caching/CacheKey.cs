using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Loading;

namespace CatalogTools.Caching;

/// <summary>SHA-256 of (relative path, bytes): what a cached <c>FileLoadResult</c> is a pure function of.</summary>
internal readonly record struct CacheKey(ulong A, ulong B, ulong C, ulong D)
{
    public static CacheKey Of(string path, byte[] bytes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(path));
        sha.AppendData([0]);
        sha.AppendData(bytes);
        Span<byte> h = stackalloc byte[32];
        sha.GetHashAndReset(h);
        return new CacheKey(BitConverter.ToUInt64(h), BitConverter.ToUInt64(h[8..]), BitConverter.ToUInt64(h[16..]), BitConverter.ToUInt64(h[24..]));
    }

    public ContentDigest Digest => new(A, B, C, D);

    public static CacheKey From(ContentDigest d) => new(d.A, d.B, d.C, d.D);

    public static CacheKey Read(BinaryReader r) => new(r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64());

    public void Write(BinaryWriter w)
    {
        w.Write(A);
        w.Write(B);
        w.Write(C);
        w.Write(D);
    }
}

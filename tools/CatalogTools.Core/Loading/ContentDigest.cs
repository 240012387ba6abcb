namespace CatalogTools.Core.Loading;

/// <summary>SHA-256 of a catalog file's (relative path, bytes): equal digests mean equal content at that path.</summary>
public readonly record struct ContentDigest(ulong A, ulong B, ulong C, ulong D);

/// <summary>A work-tree file and its content digest.</summary>
public readonly record struct SourceDigest(string Path, ContentDigest Digest);

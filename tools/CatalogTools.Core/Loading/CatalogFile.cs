using CatalogTools.Core.Schema;

namespace CatalogTools.Core.Loading;

/// <summary>One file of the catalog as loaded: its path (relative, '/'), kind, the code it holds, and its suppressions.</summary>
public sealed record CatalogFile(string Path, FileKind Kind, string? Code, int EntryCount, IReadOnlyList<Suppression> Suppressions, bool Readable);

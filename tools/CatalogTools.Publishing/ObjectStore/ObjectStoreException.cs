using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.ObjectStore;

/// <summary>An upload or download refused by our own checks (not the store's): the reason, for the caller to word in its language.</summary>
public sealed class ObjectStoreException(MessageText reason) : IOException(reason.ToString())
{
    public MessageText Reason { get; } = reason;
}

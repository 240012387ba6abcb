namespace CatalogTools.Publishing.Trust;

/// <summary>
/// A folder where a channel keeps its trust between updates: the newest root it followed (root.json)
/// and the versions it accepted (state.json, <see cref="TrustState"/>). The pull client keeps one in
/// .pull/trust/; `verify-bundle --root … --state DIR` keeps one in DIR, so a rollback across runs is refused.
/// </summary>
public sealed class TrustStateStore(string folder)
{
    public const string RootFile = "root.json";
    public const string StateFile = "state.json";

    public string Folder { get; } = folder;

    /// <summary>The root followed on an earlier update when newer than <paramref name="installed"/> (and still valid as a root), else <paramref name="installed"/>.</summary>
    public TrustedRoot Root(TrustedRoot installed)
    {
        var file = Path.Combine(Folder, RootFile);
        if (!File.Exists(file)) return installed;
        var root = TrustedRoot.Load(File.ReadAllBytes(file), file, out _);
        return root is not null && root.Root.Version > installed.Root.Version ? root : installed;
    }

    /// <summary>The versions accepted last time; null before the first update (or when the file is unreadable: nothing is then remembered).</summary>
    public TrustState? State()
    {
        var file = Path.Combine(Folder, StateFile);
        return File.Exists(file) ? TrustState.Parse(File.ReadAllBytes(file)) : null;
    }

    /// <summary>
    /// Records an accepted update: its root and its versions. Channels remembered before and not part of
    /// this update keep their targets versions while the roles' keys are unchanged (a check of one channel does not forget another).
    /// </summary>
    public void Save(TrustUpdate update)
    {
        if (update.State is not { } state) return;
        if (State() is { } before && before.TimestampKeys == state.TimestampKeys && before.SnapshotKeys == state.SnapshotKeys && before.TargetsKeys == state.TargetsKeys)
        {
            var merged = new Dictionary<string, long>(before.TargetsVersions, StringComparer.Ordinal);
            foreach (var (channel, version) in state.TargetsVersions) merged[channel] = version;
            state = state with { TargetsVersions = merged };
        }
        Directory.CreateDirectory(Folder);
        MetadataFolder.WriteAtomically(Path.Combine(Folder, RootFile), update.Root.Bytes);
        MetadataFolder.WriteAtomically(Path.Combine(Folder, StateFile), state.ToBytes());
    }
}

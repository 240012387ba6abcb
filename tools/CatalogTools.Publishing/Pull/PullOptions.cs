namespace CatalogTools.Publishing.Pull;

/// <summary>Limits and choices of a pull; the defaults suit a province's bundle of 10^5–10^6 items.</summary>
public sealed record PullOptions
{
    /// <summary>The channel this folder serves (web, mobile, kiosk); null: whichever the first accepted manifest names, and that one from then on.</summary>
    public string? Channel { get; init; }

    /// <summary>The most a manifest may hold when no signed metadata states its length (a manifest of 10^6 items is about 500 MB).</summary>
    public long MaxManifestBytes { get; init; } = 1L << 30;

    /// <summary>The most a whole version may hold, however many files the manifest lists.</summary>
    public long MaxTotalBytes { get; init; } = 64L << 30;

    /// <summary>Files fetched at the same time.</summary>
    public int Parallel { get; init; } = 4;

    /// <summary>How far ahead of the clock a version may be before it is a fast-forward (commits made on a clock a little ahead).</summary>
    public TimeSpan ClockTolerance { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Earlier versions kept beside the current one (a reader still inside one finishes undisturbed).</summary>
    public int KeepPrevious { get; init; } = 1;

    /// <summary>Told each phase's name as it ends (trust, fetch, switch), so a caller can time them (the CLI's CATALOG_TIMINGS).</summary>
    public Action<string>? Phase { get; init; }
}

using System.Globalization;

namespace CatalogTools.Cli;

/// <summary>
/// <c>CATALOG_NOW=2026-11-22T01:00:00Z</c> pins the clock of one run: outside git a bundle's time
/// comes from the clock, so two publishes of the same files give the same bytes only at the same
/// time (reproducible bundles, and tests that compare a killed child's bundle with a reference).
/// </summary>
public static class PinnedClock
{
    public const string Variable = "CATALOG_NOW";

    /// <summary>The pinned clock, or null (the system clock) when the variable is unset or not an ISO 8601 time.</summary>
    public static TimeProvider? FromEnvironment() =>
        DateTimeOffset.TryParse(Environment.GetEnvironmentVariable(Variable), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now)
            ? new Fixed(now)
            : null;

    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

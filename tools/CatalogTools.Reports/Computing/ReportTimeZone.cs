namespace CatalogTools.Reports.Computing;

/// <summary>The time zone a report's times are shown in: Beijing time unless the province says otherwise.</summary>
public static class ReportTimeZone
{
    public const string Default = "Asia/Shanghai";

    /// <summary>The zone by IANA (or Windows) id, or null when the machine does not know it.</summary>
    public static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // A machine without tzdata still knows Beijing time: UTC+8, no daylight saving since 1991.
            // Its display name is never shown (reports print offsets), so it is the id.
            return id == Default ? TimeZoneInfo.CreateCustomTimeZone(Default, TimeSpan.FromHours(8), Default, Default) : null;
        }
    }
}

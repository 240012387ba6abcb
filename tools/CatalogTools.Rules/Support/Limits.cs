using CatalogTools.Core.Model;

namespace CatalogTools.Rules.Support;

/// <summary>
/// Time limits compared across units. Same units compare as written. Mixed units compare in
/// calendar days, counting one working week (5 工作日) as 7 自然日 — the ratio the State Council's
/// working-day calendar averages to, and never stricter than the law for either side.
/// </summary>
public static class Limits
{
    public const double CalendarPerWorkingDay = 7.0 / 5.0;

    public static double InCalendarDays(TimeLimit limit) =>
        limit.Unit == Vocabulary.CalendarDays ? limit.Days : limit.Days * CalendarPerWorkingDay;

    /// <summary>Positive when <paramref name="a"/> is longer than <paramref name="b"/>.</summary>
    public static int Compare(TimeLimit a, TimeLimit b) =>
        a.Unit == b.Unit ? a.Days.CompareTo(b.Days) : InCalendarDays(a).CompareTo(InCalendarDays(b));

    /// <summary>The share a promise cuts off the statutory limit (0.8 = 80 % shorter), or null when undefined.</summary>
    public static double? Compression(TimeLimit promised, TimeLimit statutory)
    {
        if (statutory.Days <= 0) return null;
        if (promised.Unit == statutory.Unit) return 1.0 - promised.Days / (double)statutory.Days;
        return 1.0 - InCalendarDays(promised) / InCalendarDays(statutory);
    }

    /// <summary>The sum of step limits in the unit of <paramref name="unit"/>, or null when no step has a limit.</summary>
    public static TimeLimit? Sum(IReadOnlyList<Step> steps, string unit)
    {
        var any = false;
        var same = 0;
        var calendar = 0.0;
        var mixed = false;
        foreach (var step in steps)
        {
            if (step.Limit is null) continue;
            any = true;
            if (step.Limit.Unit == unit) same += step.Limit.Days;
            else mixed = true;
            calendar += InCalendarDays(step.Limit);
        }
        if (!any) return null;
        if (!mixed) return new TimeLimit(same, unit);
        var days = unit == Vocabulary.CalendarDays ? calendar : calendar / CalendarPerWorkingDay;
        return new TimeLimit((int)Math.Ceiling(days - 1e-9), unit);
    }
}

/// <summary>A time limit as a message argument, worded in the reader's language (5 个工作日, 5 working days).</summary>
public static class LimitText
{
    public static Core.Diagnostics.MessageText Of(TimeLimit limit) => new(
        limit.Unit == Vocabulary.CalendarDays
            ? (limit.Days == 1 ? "timeLimit.calendarDay" : "timeLimit.calendarDays")
            : (limit.Days == 1 ? "timeLimit.workingDay" : "timeLimit.workingDays"),
        ("days", limit.Days));
}

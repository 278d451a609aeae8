namespace OcopConnect.Web.Infrastructure;

/// <summary>Calendar days as people in Vietnam count them (UTC+7, no daylight saving).</summary>
public static class VietnamCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }
}

namespace Casework.Web.Features.ServiceRequests;

/// <summary>Working-day deadlines count from the UK calendar date, not the UTC one.</summary>
public static class UkClock
{
    private static readonly TimeZoneInfo _london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _london).DateTime);

    public static DateOnly DateOf(DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _london).DateTime);
}

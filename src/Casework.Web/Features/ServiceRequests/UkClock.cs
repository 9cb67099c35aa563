namespace Casework.Web.Features.ServiceRequests;

/// <summary>Working-day deadlines count from the UK calendar date, not the UTC one.</summary>
public static class UkClock
{
    private static readonly TimeZoneInfo _london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider time) =>
        DateOf(time.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(ToUk(at).DateTime);

    public static DateTimeOffset ToUk(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _london);
}

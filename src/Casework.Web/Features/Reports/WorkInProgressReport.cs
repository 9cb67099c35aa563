using Casework.Domain.Calendar;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Reports;

/// <summary>
/// RPT-04: open SRs (every status but Closed) created in the filter's dates, per owning team. Overdue: the target date
/// is before today. Age: working days from the day it was created to today, in the employer's nation (England and
/// Wales for SRs without an employer). Age only grows as the creation date goes back, so each band is a range of
/// creation instants worked out once per region here, and the database only counts.
/// </summary>
public sealed class WorkInProgressReport(CaseworkDbContext db, TimeProvider time, IWorkingDayCalendar calendar)
{
    public static readonly IReadOnlyList<string> Bands = ["0-5", "6-10", "11-20", "21+"];

    /// <summary>The working-day ages a band holds, both inclusive (no upper end for the last).</summary>
    public static (int From, int? To) BandDays(string band) => band switch
    {
        "0-5" => (0, 5),
        "6-10" => (6, 10),
        "11-20" => (11, 20),
        "21+" => (21, null),
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Not an age band."),
    };

    private static readonly TimeZoneInfo _london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly ServiceRequestStatus[] _open = Enum.GetValues<ServiceRequestStatus>().Where(s => s != ServiceRequestStatus.Closed).ToArray();

    public async Task<WorkInProgressDto> RunAsync(ReportFilter f, CancellationToken ct)
    {
        var today = UkClock.Today(time);
        var totals = new Dictionary<string, (int Open, int Overdue, int Within5, int Within10, int Within20)>(StringComparer.Ordinal);
        foreach (var region in f.Region is { } only ? [only] : Enum.GetValues<Region>())
        {
            var (c5, c10, c20) = (Cutoff(today, 5, region, calendar), Cutoff(today, 10, region, calendar), Cutoff(today, 20, region, calendar));
            var rows = await OpenIn(f, region)
                .GroupBy(s => s.OwnerTeamCode)
                .Select(g => new
                {
                    Team = g.Key,
                    Open = g.Count(),
                    Overdue = g.Count(s => s.TargetDate < today),
                    Within5 = g.Count(s => s.CreatedAt >= c5),
                    Within10 = g.Count(s => s.CreatedAt >= c10),
                    Within20 = g.Count(s => s.CreatedAt >= c20),
                })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                var t = totals.GetValueOrDefault(r.Team);
                totals[r.Team] = (t.Open + r.Open, t.Overdue + r.Overdue, t.Within5 + r.Within5, t.Within10 + r.Within10, t.Within20 + r.Within20);
            }
        }

        return new WorkInProgressDto(totals.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new WorkInProgressTeamDto(t.Key, t.Value.Open, t.Value.Overdue, new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["0-5"] = t.Value.Within5,
                ["6-10"] = t.Value.Within10 - t.Value.Within5,
                ["11-20"] = t.Value.Within20 - t.Value.Within10,
                ["21+"] = t.Value.Open - t.Value.Within20,
            }))
            .ToList());
    }

    /// <summary>The age in working days of an SR created on <paramref name="created"/>, as this report counts it.</summary>
    public static int AgeOf(DateOnly created, DateOnly today, Region region, IWorkingDayCalendar calendar) =>
        created >= today ? 0 : calendar.CountWorkingDays(created, today, region);

    public static DateTimeOffset StartOfUkDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, _london.GetUtcOffset(local)).ToUniversalTime();
    }

    private IQueryable<ServiceRequest> OpenIn(ReportFilter f, Region region)
    {
        var (from, to) = (StartOfUkDay(f.From), StartOfUkDay(f.To.AddDays(1)));
        var q = db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => _open.Contains(s.Status) && s.CreatedAt >= from && s.CreatedAt < to);
        if (f.Team is { } team)
        {
            q = q.Where(s => s.OwnerTeamCode == team);
        }

        return region == Region.EnglandAndWales
            ? q.Where(s => s.EmployerErn == null || db.Employers.Any(e => e.Ern == s.EmployerErn && e.Region == region))
            : q.Where(s => db.Employers.Any(e => e.Ern == s.EmployerErn && e.Region == region));
    }

    /// <summary>The first instant of the earliest creation day whose age is at most <paramref name="days"/>.</summary>
    public static DateTimeOffset Cutoff(DateOnly today, int days, Region region, IWorkingDayCalendar calendar)
    {
        var day = today;
        while (AgeOf(day.AddDays(-1), today, region, calendar) <= days)
        {
            day = day.AddDays(-1);
        }

        return StartOfUkDay(day);
    }
}

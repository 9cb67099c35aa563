using System.Globalization;
using Casework.Domain.ComplaintOutcomes;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Reports;

/// <summary>
/// RPT-01…RPT-03 over employer complaints (procedure 000) received in the filter's dates, counted by the database
/// (GROUP BY through EF Core, the same on SQLite and PostgreSQL). The team is the team that owns the complaint's SR;
/// the region is the employer's.
/// </summary>
public sealed class ComplaintReports(CaseworkDbContext db)
{
    public const string Uncategorised = "Uncategorised";

    private IQueryable<EmployerComplaint> Complaints(ReportFilter f)
    {
        var q = db.EmployerComplaints.AsNoTracking().IgnoreAutoIncludes().Where(c => c.ReceivedOn >= f.From && c.ReceivedOn <= f.To);
        if (f.Region is { } region)
        {
            q = q.Where(c => c.Region == region);
        }

        if (f.Team is { } team)
        {
            q = q.Where(c => ComplaintSrs().Any(s => s.Reference == c.Reference && s.OwnerTeamCode == team));
        }

        return q;
    }

    /// <summary>
    /// The SRs complaints are logged on (their area is fixed at raising): the predicate lets PostgreSQL find a
    /// complaint's team in the small partial index IX_ServiceRequests_Complaints_Team instead of the 5 M-row one.
    /// </summary>
    private IQueryable<ServiceRequest> ComplaintSrs() =>
        db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes().Where(s => s.Area == ComplaintLevels.Area);

    /// <summary>RPT-01. Complaints logged without a category (API clients may omit it) are counted under "Uncategorised".</summary>
    public async Task<ComplaintTrendsDto> TrendsAsync(ReportFilter f, CancellationToken ct)
    {
        var groups = await Complaints(f)
            .GroupBy(c => new { c.ReceivedOn.Year, c.ReceivedOn.Month, c.IssueCategory })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.IssueCategory, Count = g.Count() })
            .ToListAsync(ct);
        var rows = groups
            .Select(g => new TrendRowDto(Month(g.Year, g.Month), g.IssueCategory ?? Uncategorised, g.Count))
            .OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.IssueCategory, StringComparer.Ordinal)
            .ToList();

        // Only employer and category pairs with two or more complaints in the range can repeat.
        var pairs = await Complaints(f).Where(c => c.IssueCategory != null)
            .GroupBy(c => new { c.EmployerErn, c.IssueCategory })
            .Where(g => g.Count() > 1)
            .Select(g => g.Key.EmployerErn)
            .ToListAsync(ct);
        var candidates = await Complaints(f).Where(c => c.IssueCategory != null && pairs.Contains(c.EmployerErn))
            .Select(c => new { c.EmployerErn, c.IssueCategory, c.Reference, c.ReceivedOn })
            .ToListAsync(ct);
        var repeats = candidates
            .GroupBy(c => (c.EmployerErn, Category: c.IssueCategory!))
            .Select(g => (g.Key, References: RepeatsIn(g.Select(c => (c.Reference, c.ReceivedOn)))))
            .Where(g => g.References.Count > 0)
            .Select(g => new RepeatComplaintDto(g.Key.EmployerErn, g.Key.Category, g.References))
            .OrderBy(r => r.EmployerErn, StringComparer.Ordinal).ThenBy(r => r.IssueCategory, StringComparer.Ordinal)
            .ToList();
        return new ComplaintTrendsDto(rows, repeats);
    }

    /// <summary>The complaints received within six months of another of the same employer and category (EC-02's window).</summary>
    public static IReadOnlyList<string> RepeatsIn(IEnumerable<(string Reference, DateOnly ReceivedOn)> complaints)
    {
        var list = complaints.OrderBy(c => c.ReceivedOn).ThenBy(c => c.Reference, StringComparer.Ordinal).ToList();
        return list
            .Where(c => list.Any(o => o.Reference != c.Reference
                && (o.ReceivedOn <= c.ReceivedOn ? o.ReceivedOn >= c.ReceivedOn.AddMonths(-6) : c.ReceivedOn >= o.ReceivedOn.AddMonths(-6))))
            .Select(c => c.Reference)
            .ToList();
    }

    /// <summary>
    /// RPT-02, per owning team and month of receipt:
    /// logged — complaints received; acknowledged — accepted as valid (CMSL8500 sent); acknowledged in time — on or
    /// before the acknowledge-by date computed at logging (2 working days in the employer's nation); closed — closed
    /// (resolved or as invalid); closed in time — closed and never flagged past its close-by date (20 working days,
    /// 19 once a team leader approved the plan); breached — either deadline flagged as breached.
    /// </summary>
    public async Task<TimelinessDto> TimelinessAsync(ReportFilter f, CancellationToken ct)
    {
        var groups = await Complaints(f)
            .Join(ComplaintSrs(), c => c.Reference, s => s.Reference, (c, s) => new { c, s.OwnerTeamCode })
            .GroupBy(x => new { x.OwnerTeamCode, x.c.ReceivedOn.Year, x.c.ReceivedOn.Month })
            .Select(g => new
            {
                g.Key.OwnerTeamCode, g.Key.Year, g.Key.Month,
                Logged = g.Count(),
                Acknowledged = g.Count(x => x.c.AcknowledgedOn != null),
                AcknowledgedInTime = g.Count(x => x.c.AcknowledgedOn != null && x.c.AcknowledgedOn <= x.c.AcknowledgeBy),
                Closed = g.Count(x => x.c.ClosedAt != null),
                ClosedInTime = g.Count(x => x.c.ClosedAt != null && !x.c.CloseBreached),
                Breached = g.Count(x => x.c.AcknowledgementBreached || x.c.CloseBreached),
            })
            .ToListAsync(ct);
        return new TimelinessDto(groups
            .Select(g => new TimelinessRowDto(g.OwnerTeamCode, Month(g.Year, g.Month), g.Logged, g.Acknowledged, g.AcknowledgedInTime, g.Closed, g.ClosedInTime, g.Breached))
            .OrderBy(r => r.Team, StringComparer.Ordinal).ThenBy(r => r.Month, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>
    /// RPT-03: each complaint's outcome as OUT-03 derives it from its issue lines (complaints whose lines are not all
    /// final are not counted), and the refunds and redress on plan lines marked done.
    /// </summary>
    public async Task<OutcomesDto> OutcomesAsync(ReportFilter f, CancellationToken ct)
    {
        var references = Complaints(f).Select(c => c.Reference);
        // Which outcomes occur on each complaint's lines is all the rule needs; the database counts them per complaint
        // in one pass over the issue lines (RPT-06: one EXISTS per outcome and record was 0.84 s on 95 k records).
        var counts = await db.ComplaintRecords.AsNoTracking().IgnoreAutoIncludes()
            .Where(r => references.Contains(r.Reference))
            .SelectMany(r => r.Issues, (r, i) => new { Record = r.Id, i.Outcome })
            .GroupBy(x => x.Record)
            .Select(g => new
            {
                Pending = g.Count(x => x.Outcome == null),
                Upheld = g.Count(x => x.Outcome == IssueOutcome.Upheld),
                NotUpheld = g.Count(x => x.Outcome == IssueOutcome.NotUpheld),
                Withdrawn = g.Count(x => x.Outcome == IssueOutcome.Withdrawn),
                Escalated = g.Count(x => x.Outcome == IssueOutcome.Escalated),
            })
            .ToListAsync(ct);
        // A record without issue lines has no group, as the rule counts none; one with a pending line is not counted.
        var mixes = counts.Where(c => c.Pending == 0)
            .Select(c => new { Upheld = c.Upheld > 0, NotUpheld = c.NotUpheld > 0, Withdrawn = c.Withdrawn > 0, Escalated = c.Escalated > 0 });
        var outcomes = Enum.GetNames<ComplaintOutcome>().ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        foreach (var mix in mixes.GroupBy(m => m).Select(g => new { g.Key, Count = g.Count() }))
        {
            IssueOutcome?[] lines =
            [
                .. mix.Key.Upheld ? [IssueOutcome.Upheld] : Array.Empty<IssueOutcome?>(),
                .. mix.Key.NotUpheld ? [IssueOutcome.NotUpheld] : Array.Empty<IssueOutcome?>(),
                .. mix.Key.Withdrawn ? [IssueOutcome.Withdrawn] : Array.Empty<IssueOutcome?>(),
                .. mix.Key.Escalated ? [IssueOutcome.Escalated] : Array.Empty<IssueOutcome?>(),
            ];
            if (ComplaintOutcomeRule.Derive(lines) is { } outcome)
            {
                outcomes[outcome.ToString()] += mix.Count;
            }
        }

        // The done lines with money on them, summed here: grouping the owned Financial made EF Core sum in a correlated
        // subquery per kind, a second pass over the range's complaints (0.5–0.9 s on PERF-01 data); the lines are a few
        // thousand a year, and decimals add exactly here (SQLite cannot sum decimals).
        var money = await Complaints(f)
            .SelectMany(c => c.Lines)
            .Where(l => l.Status == PlanLineStatus.Done && l.Financial != null)
            .Select(l => new { l.Financial!.Kind, l.Financial.Amount })
            .ToListAsync(ct);
        return new OutcomesDto(
            outcomes,
            Math.Round(money.Where(m => m.Kind == FinancialKind.Refund).Sum(m => m.Amount), 2),
            Math.Round(money.Where(m => m.Kind == FinancialKind.Redress).Sum(m => m.Amount), 2));
    }

    private static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
}

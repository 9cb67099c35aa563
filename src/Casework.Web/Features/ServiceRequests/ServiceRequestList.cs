using Casework.Domain.Calendar;
using Casework.Domain.ComplaintOutcomes;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.Employers;
using Casework.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>
/// The SRs a <see cref="ServiceRequestFilter"/> names, newest first and paged: each condition is the one the report
/// that links here counts by (ComplaintReports, WorkInProgressReport), written as a query the database answers.
/// </summary>
public sealed class ServiceRequestList(CaseworkDbContext db, TimeProvider time, IWorkingDayCalendar calendar)
{
    private static readonly DateTimeOffset _never = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _ever = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Task<PagedDto<ServiceRequestListItemDto>> PageAsync(ServiceRequestFilter f, int page, int pageSize, CancellationToken ct) =>
        ServiceRequestSearch.PageAsync(Query(f), page, pageSize, ct);

    public IQueryable<ServiceRequest> Query(ServiceRequestFilter f)
    {
        var today = UkClock.Today(time);
        var q = db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes();
        if (f.Team is { } team)
        {
            q = q.Where(s => s.OwnerTeamCode == team);
        }

        if (f.Open is { } open)
        {
            q = open ? q.Where(s => s.Status != ServiceRequestStatus.Closed) : q.Where(s => s.Status == ServiceRequestStatus.Closed);
        }

        if (f.Overdue)
        {
            q = q.Where(s => s.Status != ServiceRequestStatus.Closed && s.TargetDate < today);
        }

        if (f.AtRisk)
        {
            q = DueSoon(q.Where(s => s.Status != ServiceRequestStatus.Closed), today);
        }

        if (f.CreatedFrom is { } createdFrom)
        {
            var from = WorkInProgressReport.StartOfUkDay(createdFrom);
            q = q.Where(s => s.CreatedAt >= from);
        }

        if (f.CreatedTo is { } createdTo)
        {
            var to = WorkInProgressReport.StartOfUkDay(createdTo.AddDays(1));
            q = q.Where(s => s.CreatedAt < to);
        }

        if (f.Region is { } region)
        {
            q = q.Where(s => s.Region == region);
        }

        if (f.Age is { } band)
        {
            q = AgedIn(q, band, today);
        }

        if (f.IsComplaintFilter)
        {
            var references = Complaints(f).Select(c => c.Reference);
            q = q.Where(s => references.Contains(s.Reference));
        }

        return q;
    }

    /// <summary>Target date from today to the fifth working day after it, in the SR's nation (<see cref="ServiceRequest.Region"/>).</summary>
    private IQueryable<ServiceRequest> DueSoon(IQueryable<ServiceRequest> q, DateOnly today)
    {
        var ew = calendar.AddWorkingDays(today, ServiceRequestFilter.AtRiskWorkingDays, Region.EnglandAndWales);
        var sc = calendar.AddWorkingDays(today, ServiceRequestFilter.AtRiskWorkingDays, Region.Scotland);
        var ni = calendar.AddWorkingDays(today, ServiceRequestFilter.AtRiskWorkingDays, Region.NorthernIreland);
        return q.Where(s => s.TargetDate >= today && (
            (s.Region == Region.EnglandAndWales && s.TargetDate <= ew)
            || (s.Region == Region.Scotland && s.TargetDate <= sc)
            || (s.Region == Region.NorthernIreland && s.TargetDate <= ni)));
    }

    /// <summary>RPT-04's age bands: the creation instants of each band differ by nation, so each nation has its own range.</summary>
    private IQueryable<ServiceRequest> AgedIn(IQueryable<ServiceRequest> q, string band, DateOnly today)
    {
        var bounds = Enum.GetValues<Region>().ToDictionary(r => r, r =>
        {
            var (from, to) = WorkInProgressReport.BandDays(band);
            // An SR is at most `to` working days old when created on or after the cut-off for `to`.
            var lowest = to is { } most ? WorkInProgressReport.Cutoff(today, most, r, calendar) : _never;
            var highest = from > 0 ? WorkInProgressReport.Cutoff(today, from - 1, r, calendar) : _ever;
            return (lowest, highest);
        });
        var (ewLo, ewHi) = bounds[Region.EnglandAndWales];
        var (scLo, scHi) = bounds[Region.Scotland];
        var (niLo, niHi) = bounds[Region.NorthernIreland];
        return q.Where(s =>
            (s.Region == Region.EnglandAndWales && s.CreatedAt >= ewLo && s.CreatedAt < ewHi)
            || (s.Region == Region.Scotland && s.CreatedAt >= scLo && s.CreatedAt < scHi)
            || (s.Region == Region.NorthernIreland && s.CreatedAt >= niLo && s.CreatedAt < niHi));
    }

    private IQueryable<EmployerComplaint> Complaints(ServiceRequestFilter f)
    {
        var q = db.EmployerComplaints.AsNoTracking().IgnoreAutoIncludes();
        if (f.ReceivedFrom is { } from)
        {
            q = q.Where(c => c.ReceivedOn >= from);
        }

        if (f.ReceivedTo is { } to)
        {
            q = q.Where(c => c.ReceivedOn <= to);
        }

        if (f.Category is { } category)
        {
            q = category == ComplaintReports.Uncategorised ? q.Where(c => c.IssueCategory == null) : q.Where(c => c.IssueCategory == category);
        }

        if (f.ComplaintRegion is { } region)
        {
            q = q.Where(c => c.Region == region);
        }

        q = f.Measure switch
        {
            ComplaintMeasure.Acknowledged => q.Where(c => c.AcknowledgedOn != null),
            ComplaintMeasure.AcknowledgedInTime => q.Where(c => c.AcknowledgedOn != null && c.AcknowledgedOn <= c.AcknowledgeBy),
            ComplaintMeasure.Closed => q.Where(c => c.ClosedAt != null),
            ComplaintMeasure.ClosedInTime => q.Where(c => c.ClosedAt != null && !c.CloseBreached),
            ComplaintMeasure.Breached => q.Where(c => c.AcknowledgementBreached || c.CloseBreached),
            ComplaintMeasure.Refund => q.Where(c => c.Lines.Any(l => l.Status == PlanLineStatus.Done && l.Financial != null && l.Financial.Kind == FinancialKind.Refund)),
            ComplaintMeasure.Redress => q.Where(c => c.Lines.Any(l => l.Status == PlanLineStatus.Done && l.Financial != null && l.Financial.Kind == FinancialKind.Redress)),
            _ => q,
        };

        if (f.Outcome is { } outcome)
        {
            var decided = Decided(outcome).Select(r => r.Reference);
            q = q.Where(c => decided.Contains(c.Reference));
        }

        return q;
    }

    /// <summary>OUT-03 (ComplaintOutcomeRule) as a query: every line final, then Withdrawn lines ignored.</summary>
    private IQueryable<ComplaintRecord> Decided(ComplaintOutcome outcome)
    {
        var final = db.ComplaintRecords.AsNoTracking().IgnoreAutoIncludes()
            .Where(r => r.Issues.Any() && !r.Issues.Any(i => i.Outcome == null));
        var counted = final.Where(r => r.Issues.Any(i => i.Outcome != IssueOutcome.Withdrawn));
        var notEscalated = counted.Where(r => !r.Issues.Any(i => i.Outcome == IssueOutcome.Escalated));
        return outcome switch
        {
            ComplaintOutcome.Withdrawn => final.Where(r => r.Issues.All(i => i.Outcome == IssueOutcome.Withdrawn)),
            ComplaintOutcome.Escalated => counted.Where(r => r.Issues.Any(i => i.Outcome == IssueOutcome.Escalated)),
            ComplaintOutcome.Upheld => notEscalated.Where(r => !r.Issues.Any(i => i.Outcome == IssueOutcome.NotUpheld)),
            ComplaintOutcome.NotUpheld => notEscalated.Where(r => !r.Issues.Any(i => i.Outcome == IssueOutcome.Upheld)),
            _ => notEscalated.Where(r => r.Issues.Any(i => i.Outcome == IssueOutcome.Upheld) && r.Issues.Any(i => i.Outcome == IssueOutcome.NotUpheld)),
        };
    }
}

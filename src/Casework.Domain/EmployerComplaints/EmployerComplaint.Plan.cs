using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.EmployerComplaints;

/// <summary>Building the resolution plan and issuing it to the employer (EC-07, EC-12, EC-13).</summary>
public sealed partial class EmployerComplaint
{
    /// <summary>Adds a line; returns its number. The plan can change while the caseworker has it In Progress.</summary>
    public Result<int> AddLine(
        ServiceRequest sr, string resolutionType, string description, FinancialComponent? financial, RedressLimits limits, Actor by, DateTimeOffset at)
    {
        if (Check(sr, by, ComplaintStep.AddLine) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(resolutionType) || string.IsNullOrWhiteSpace(description))
        {
            return InvalidInput.For(string.IsNullOrWhiteSpace(resolutionType) ? "resolutionType" : "description", "Choose the resolution type and describe the action.");
        }

        if (financial is { Kind: FinancialKind.Redress })
        {
            var total = ActiveLines.Where(l => l.IsRedress).Sum(l => l.Financial!.Amount) + financial.Amount;
            if (total > limits.PerComplaint)
            {
                return new RuleBroken($"Financial redress on one complaint is limited to £{limits.PerComplaint:0.00}; this line would make it £{total:0.00}.");
            }
        }

        OpenRevision(by, at);
        var line = new PlanLine(_lines.Count + 1, resolutionType.Trim(), description.Trim(), financial, Revision);
        _lines.Add(line);
        Record(by, at, "Resolution plan line added", null, line.ToString());
        return line.Number;
    }

    /// <summary>Takes an open line out of the plan when it is revised; the line stays in the history.</summary>
    public Refusal? WithdrawLine(ServiceRequest sr, int number, Actor by, DateTimeOffset at)
    {
        if (Check(sr, by, ComplaintStep.WithdrawLine) is { } refused)
        {
            return refused;
        }

        var line = _lines.FirstOrDefault(l => l.Number == number);
        if (line is null)
        {
            return new NotFound($"Complaint {Reference} has no plan line {number}.");
        }

        if (line.Status != PlanLineStatus.Open)
        {
            return new NotAllowedInState($"Plan line {number} is {line.Status.ToString().ToLowerInvariant()}: only an open line can be withdrawn.");
        }

        OpenRevision(by, at);
        line.Withdraw();
        Record(by, at, "Resolution plan line withdrawn", line.ToString(), "Withdrawn");
        if (ActiveLines.Any() && ActiveLines.All(l => l.Status == PlanLineStatus.Done))
        {
            // EC-14: withdrawing the last open line finishes the plan just as marking it done would.
            sr.CompleteActivityIfOpen(Activities.CompletePlan, by, at);
        }

        return null;
    }

    /// <summary>
    /// EC-07: the plan has been put to the employer. By phone, the caseworker records their answer next. If the phone
    /// call failed, the handler queues CMSL8501 (paragraph TM_01545_E), the issue-plan flag is set and the SR waits
    /// seven working days for a reply.
    /// </summary>
    public Refusal? IssuePlan(ServiceRequest sr, bool reachedByPhone, IWorkingDayCalendar calendar, DateOnly today, Actor by, DateTimeOffset at)
    {
        if (Check(sr, by, ComplaintStep.IssuePlan) is { } refused)
        {
            return refused;
        }

        if (!ActiveLines.Any())
        {
            return new RuleBroken($"The resolution plan of complaint {Reference} has no lines to issue.");
        }

        if (reachedByPhone)
        {
            Seal("Discussed with the employer by phone", by, at);
            Record(by, at, "Resolution plan issued", null, $"Revision {Revision} by phone");
            return null;
        }

        var wait = ComplaintDeadlines.WaitUntil(today, Region, calendar);
        Seal("Issued to the employer by letter (CMSL8501)", by, at);
        IssuePlanFlag = true;
        WaitUntil = wait.Date;
        WaitRule = wait.Rule;
        sr.Apply(ServiceRequestStatus.Wait, SubStatuses.Wait, by, at);
        Record(by, at, "Resolution plan issued", null, $"Revision {Revision} by letter; wait until {wait.Date:yyyy-MM-dd}");
        return null;
    }

    /// <summary>
    /// EC-07: no reply within seven working days of the plan letter — the SR comes back to its owner to progress the
    /// plan as issued. Run by the hosted job; returns false when the wait has not ended.
    /// </summary>
    public bool EndWaitIfExpired(ServiceRequest sr, DateOnly today, Actor system, DateTimeOffset at)
    {
        if (sr.Status != ServiceRequestStatus.Wait || WaitUntil is not { } until || today < until)
        {
            return false;
        }

        sr.AddNote($"No reply from the employer by {until:yyyy-MM-dd}, seven working days after the plan letter: progress the plan as issued.", system, at);
        sr.Apply(ServiceRequestStatus.InProgress, SubStatuses.InProgress, system, at);
        sr.CompleteActivityIfOpen(Activities.AgreePlan, system, at);
        WaitUntil = null;
        WaitRule = null;
        Record(system, at, "Wait ended", $"Wait until {until:yyyy-MM-dd}", "In progress");
        return true;
    }
}

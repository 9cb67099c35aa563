using Casework.Domain.EmployerComplaints;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>Configuration section <c>Casework:Complaints</c>: the redress limits (EC-13) and how often the deadline job runs.</summary>
public sealed class ComplaintOptions
{
    public decimal RedressPerLine { get; set; } = RedressLimits.Default.PerLine;

    public decimal RedressPerComplaint { get; set; } = RedressLimits.Default.PerComplaint;

    public bool ScheduleDeadlineJob { get; set; } = true;

    public int DeadlineJobMinutes { get; set; } = 15;

    public RedressLimits Limits => new(RedressPerLine, RedressPerComplaint);
}

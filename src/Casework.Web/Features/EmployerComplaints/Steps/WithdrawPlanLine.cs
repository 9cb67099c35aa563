using Casework.Domain.Common;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-12: an open line taken out of the plan as it is revised; it stays in the history.</summary>
public static class WithdrawPlanLine
{
    public static Task<Result<EmployerComplaintDto>> RunAsync(ComplaintWork work, string reference, int id, CancellationToken ct) =>
        work.RunAsync(reference, c => c.Complaint.WithdrawLine(c.Sr, id, c.By, c.At), ct);
}

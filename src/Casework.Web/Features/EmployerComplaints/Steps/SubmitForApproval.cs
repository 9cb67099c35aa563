using Casework.Domain.Common;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-11/EC-13: a plan with redress, or one revised after a team leader's decision, sent for approval.</summary>
public static class SubmitForApproval
{
    public static Task<Result<EmployerComplaintDto>> RunAsync(ComplaintWork work, string reference, CancellationToken ct) =>
        work.RunAsync(reference, c => c.Complaint.SubmitForApproval(c.Sr, c.By, c.At), ct);
}

using Casework.Domain.Common;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-13/EC-14: a plan line done (a redress line done is compensation paid).</summary>
public static class MarkLineDone
{
    public static Task<Result<EmployerComplaintDto>> RunAsync(ComplaintWork work, string reference, int id, CancellationToken ct) =>
        work.RunAsync(reference, c => c.Complaint.MarkLineDone(c.Sr, id, c.By, c.At), ct);
}

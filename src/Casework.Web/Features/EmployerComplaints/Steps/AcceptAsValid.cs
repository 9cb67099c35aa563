using Casework.Domain.Common;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-06: accepted as valid — In Progress, owned by the accepting caseworker, acknowledged by CMSL8500.</summary>
public static class AcceptAsValid
{
    public static Task<Result<EmployerComplaintDto>> RunAsync(ComplaintWork work, string reference, CancellationToken ct) =>
        work.RunAsync(reference, async c =>
            c.Complaint.AcceptAsValid(c.Sr, c.Today, c.By, c.At) ?? await work.Letters.AcknowledgeAsync(c.Complaint, c.Sr, c.By, ct), ct);
}

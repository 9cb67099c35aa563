using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-07: the plan put to the employer — by phone, or by CMSL8501 and a seven-working-day wait when not reached.</summary>
public static class IssuePlan
{
    public static Task<Result<EmployerComplaintDto>> RunAsync(ComplaintWork work, string reference, IssuePlanRequest r, CancellationToken ct) =>
        work.RunAsync(
            reference,
            new Validation()
                .Check(r.ReachedByPhone is not null, "reachedByPhone", "Say whether the employer was reached by phone (true or false).")
                .MaxLength("freeText", r.FreeText, 4000),
            async c => c.Complaint.IssuePlan(c.Sr, r.ReachedByPhone!.Value, work.Calendar, c.Today, c.By, c.At)
                ?? (r.ReachedByPhone.Value ? null : await work.Letters.PlanAsync(c.Complaint, c.Sr, unableToReach: true, r.FreeText, c.By, ct)),
            ct);
}

using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-09/EC-10: the employer's answer to the plan, with their note; a rejection goes to the team leader.</summary>
public static class RecordResponse
{
    public static Task<Result<EmployerComplaintDto>> RunAsync(ComplaintWork work, string reference, PlanResponseRequest r, CancellationToken ct) =>
        work.RunAsync(
            reference,
            new Validation()
                .Check(r.Agrees is not null, "agrees", "Say whether the employer agrees the plan (true or false).")
                .MaxLength("note", r.Note, 4000),
            c => Task.FromResult(c.Complaint.RecordResponse(c.Sr, r.Agrees!.Value, r.Note, c.By, c.At)),
            ct);
}

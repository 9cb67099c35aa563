using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-05: not a valid complaint — closed with the action taken (for example the apology given); no letter.</summary>
public static class CloseAsInvalid
{
    public static Task<Result<EmployerComplaintDto>> RunAsync(ComplaintWork work, string reference, InvalidRequest r, CancellationToken ct) =>
        work.RunAsync(
            reference,
            new Validation().Required("note", r.Note, "Record the action taken, for example the apology given.").MaxLength("note", r.Note, 4000),
            c => Task.FromResult(c.Complaint.CloseAsInvalid(c.Sr, r.Note!, c.By, c.At)),
            ct);
}

using Casework.Domain.Common;
using Casework.Domain.Organisation;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.ComplaintOutcomes;

/// <summary>OUT-04/05: the written response, the investigation plan and the finalisation.</summary>
public sealed partial class ComplaintOutcomeHandlers
{
    public async Task<Result<ComplaintRecordDto>> RecordWrittenResponseAsync(string reference, WrittenResponseRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Check(r.Required is not null, "required", "Say whether a written response is required (true or false).")
            .MaxLength("summary", r.Summary, 2000);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var today = UkClock.Today(time);
        return await ChangeAndReadAsync(reference, r.Version,
            (c, by, at) => c.RecordWrittenResponse(r.Required!.Value, r.SentOn, r.Summary, by, at, today), ct);
    }

    public async Task<Result<StepAddedDto>> AddInvestigationStepAsync(string reference, AddInvestigationStepRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("heading", r.Heading, "Enter the step's heading, such as \"Call recording\".")
            .MaxLength("heading", r.Heading, 200)
            .Required("detail", r.Detail, "Enter what was done in this step.")
            .MaxLength("detail", r.Detail, 4000)
            .MaxLength("staffNumber", r.StaffNumber, 20);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        StaffReference? staff = null;
        if (!string.IsNullOrWhiteSpace(r.StaffNumber))
        {
            var found = await StaffReferences.FindAsync(db, r.StaffNumber, ct);
            if (!found.IsSuccess)
            {
                return found.Refusal!;
            }

            staff = found.Value;
        }

        var number = 0;
        var refusal = await ChangeAsync(reference, r.Version, (c, by, at) =>
        {
            var added = c.AddInvestigationStep(r.Heading!, r.Detail!, staff, by, at);
            number = added.Value;
            return added.Refusal;
        }, ct);
        return refusal is null ? new StepAddedDto(number) : Result<StepAddedDto>.Refused(refusal);
    }

    public async Task<Result<ComplaintRecordDto>> FinaliseAsync(string reference, FinalisationRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("summary", r.Summary, "Enter the finalisation summary.")
            .MaxLength("summary", r.Summary, 4000)
            .MaxLength("feedback", r.Feedback, 4000);
        return validation.IsValid
            ? await ChangeAndReadAsync(reference, r.Version, (c, by, at) => c.Finalise(r.Summary!, r.Feedback, by, at), ct)
            : validation.ToRefusal();
    }
}

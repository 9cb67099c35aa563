using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.EmployerComplaints;

public sealed partial class EmployerComplaintHandlers
{
    public Task<Result<EmployerComplaintDto>> InvalidAsync(string reference, InvalidRequest r, CancellationToken ct)
    {
        var validation = new Validation().Required("note", r.Note, "Record the action taken, for example the apology given.").MaxLength("note", r.Note, 4000);
        return validation.IsValid
            ? ChangeAsync(reference, (c, sr, by, at) => Task.FromResult(c.CloseAsInvalid(sr, r.Note!, by, at)), ct)
            : Task.FromResult<Result<EmployerComplaintDto>>(validation.ToRefusal());
    }

    public Task<Result<EmployerComplaintDto>> ValidAsync(string reference, CancellationToken ct) =>
        ChangeAsync(reference, async (c, sr, by, at) =>
            c.AcceptAsValid(sr, UkClock.DateOf(at), by, at) ?? await letters.AcknowledgeAsync(c, sr, by, ct), ct);

    public async Task<Result<PlanLineDto>> AddLineAsync(string reference, AddLineRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("resolutionType", r.ResolutionType, "Choose the resolution type.")
            .Check(string.IsNullOrWhiteSpace(r.ResolutionType) || ResolutionTypes.Find(r.ResolutionType) is not null, "resolutionType",
                $"Choose a resolution type from the list ({string.Join(", ", ResolutionTypes.All.Select(t => t.Code))}).")
            .Required("description", r.Description, "Describe the action.")
            .MaxLength("description", r.Description, 2000);
        if (r.Financial is { } f)
        {
            validation.Enum<FinancialKind>("financial.kind", f.Kind, required: true, "Choose Refund or Redress")
                .Check(f.Amount is not null, "financial.amount", "Enter the amount in pounds.")
                .MaxLength("financial.evidence", f.Evidence, 2000);
        }

        // EC-13: a refund or redress line is money: it says which and how much (the amount over £0 is checked below).
        if (ResolutionTypes.Find(r.ResolutionType)?.Financial is { } kind && validation.IsValid)
        {
            var what = kind == "Refund" ? "refund" : "financial redress";
            validation.Check(r.Financial?.Amount is not null, "financial.amount", $"A {what} line needs an amount in pounds greater than £0.")
                .Check(r.Financial is null || string.Equals(r.Financial.Kind, kind, StringComparison.OrdinalIgnoreCase), "financial.kind",
                    $"A {what} line is a {kind}.");
        }

        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        FinancialComponent? financial = null;
        if (r.Financial is { } money)
        {
            var created = FinancialComponent.Create(
                Validation.ParseEnum<FinancialKind>(money.Kind!), money.Amount!.Value, money.HoldToOffset ?? false, money.Evidence, options.Value.Limits);
            if (!created.IsSuccess)
            {
                return created.Refusal!;
            }

            financial = created.Value;
        }

        var number = 0;
        // A plan line is an append with no version: a concurrent change is retried on fresh data (issue 10 item 10).
        var changed = await ConcurrencyConflicts.RetryAppendAsync(db, logger, "A plan line on " + reference, () => ChangeAsync(reference, (c, sr, by, at) =>
        {
            var added = c.AddLine(sr, ResolutionTypes.Find(r.ResolutionType)!.Code, r.Description!, financial, options.Value.Limits, by, at);
            number = added.Value;
            return Task.FromResult(added.Refusal);
        }, ct), ct);
        return changed.IsSuccess ? changed.Value!.Plan.Lines.First(l => l.Id == number) : changed.Refusal!;
    }

    public Task<Result<EmployerComplaintDto>> WithdrawLineAsync(string reference, int id, CancellationToken ct) =>
        ChangeAsync(reference, (c, sr, by, at) => Task.FromResult(c.WithdrawLine(sr, id, by, at)), ct);

    public Task<Result<EmployerComplaintDto>> IssuePlanAsync(string reference, IssuePlanRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Check(r.ReachedByPhone is not null, "reachedByPhone", "Say whether the employer was reached by phone (true or false).")
            .MaxLength("freeText", r.FreeText, 4000);
        return validation.IsValid
            ? ChangeAsync(reference, async (c, sr, by, at) =>
                c.IssuePlan(sr, r.ReachedByPhone!.Value, calendar, UkClock.DateOf(at), by, at)
                ?? (r.ReachedByPhone.Value ? null : await letters.PlanAsync(c, sr, unableToReach: true, r.FreeText, by, ct)), ct)
            : Task.FromResult<Result<EmployerComplaintDto>>(validation.ToRefusal());
    }

    public Task<Result<EmployerComplaintDto>> RespondAsync(string reference, PlanResponseRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Check(r.Agrees is not null, "agrees", "Say whether the employer agrees the plan (true or false).")
            .MaxLength("note", r.Note, 4000);
        return validation.IsValid
            ? ChangeAsync(reference, (c, sr, by, at) => Task.FromResult(c.RecordResponse(sr, r.Agrees!.Value, r.Note, by, at)), ct)
            : Task.FromResult<Result<EmployerComplaintDto>>(validation.ToRefusal());
    }

    public Task<Result<EmployerComplaintDto>> SubmitAsync(string reference, CancellationToken ct) =>
        ChangeAsync(reference, (c, sr, by, at) => Task.FromResult(c.SubmitForApproval(sr, by, at)), ct);

    public Task<Result<EmployerComplaintDto>> DecideAsync(string reference, DecisionRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Check(r.Approve is not null, "approve", "Say whether the plan is approved (true or false).")
            .MaxLength("comment", r.Comment, 4000);
        return validation.IsValid
            ? ChangeAsync(reference, async (c, sr, by, at) =>
            {
                var wasApproved = c.PlanApproved;
                return c.Decide(sr, r.Approve!.Value, r.Comment, r.LineIds?.ToList(), calendar, by, at)
                    // EC-11: approval of the whole plan sends CMSL8501 with it.
                    ?? (c.PlanApproved && !wasApproved ? await letters.PlanAsync(c, sr, unableToReach: false, null, by, ct) : null);
            }, ct)
            : Task.FromResult<Result<EmployerComplaintDto>>(validation.ToRefusal());
    }

    public Task<Result<EmployerComplaintDto>> LineDoneAsync(string reference, int id, CancellationToken ct) =>
        ChangeAsync(reference, (c, sr, by, at) => Task.FromResult(c.MarkLineDone(sr, id, by, at)), ct);

    public Task<Result<EmployerComplaintDto>> CloseAsync(string reference, CloseRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Enum<ClosureParagraph>("paragraph", r.Paragraph, required: true, "Choose PhoneOutcome or UnableToContact")
            .Required("freeText", r.FreeText, "Write the closure letter's text: the actions taken and, if needed, an explanation and apology.")
            .MaxLength("freeText", r.FreeText, 4000);
        if (!validation.IsValid)
        {
            return Task.FromResult<Result<EmployerComplaintDto>>(validation.ToRefusal());
        }

        var paragraph = Validation.ParseEnum<ClosureParagraph>(r.Paragraph!);
        return ChangeAsync(reference, async (c, sr, by, at) =>
            c.Close(sr, paragraph, r.FreeText!, by, at) ?? await letters.ClosureAsync(c, sr, paragraph, r.FreeText!, by, ct), ct);
    }

    private async Task<Result<EmployerComplaintDto>> ChangeAsync(
        string reference, Func<EmployerComplaint, ServiceRequest, Actor, DateTimeOffset, Task<Refusal?>> change, CancellationToken ct)
    {
        var loaded = await LoadAsync(reference, tracked: true, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Refusal!;
        }

        var (complaint, sr) = loaded.Value;
        if (await change(complaint, sr, await actors.RequireAsync(ct), time.GetUtcNow()) is { } refused)
        {
            // Nothing is saved, so the refused change is lost with this request's unit of work.
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(loaded.Value, ct);
    }
}

using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-07/EC-13: a line of the resolution plan — a resolution type, what will be done, and for money its amount.</summary>
public static class AddPlanLine
{
    public static async Task<Result<PlanLineDto>> RunAsync(ComplaintWork work, string reference, AddLineRequest r, CancellationToken ct)
    {
        var validation = Check(r);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        FinancialComponent? financial = null;
        if (r.Financial is { } money)
        {
            var created = FinancialComponent.Create(
                Validation.ParseEnum<FinancialKind>(money.Kind!), money.Amount!.Value, money.HoldToOffset ?? false, money.Evidence, work.Options.Limits);
            if (!created.IsSuccess)
            {
                return created.Refusal!;
            }

            financial = created.Value;
        }

        var number = 0;
        // A plan line is an append with no version: a concurrent change is retried on fresh data (issue 10 item 10).
        var changed = await ConcurrencyConflicts.RetryAppendAsync(work.Db, work.Logger, "A plan line on " + reference, () => work.RunAsync(reference, c =>
        {
            var added = c.Complaint.AddLine(c.Sr, ResolutionTypes.Find(r.ResolutionType)!.Code, r.Description!, financial, work.Options.Limits, c.By, c.At);
            number = added.Value;
            return added.Refusal;
        }, ct), ct);
        return changed.IsSuccess ? changed.Value!.Plan.Lines.First(l => l.Id == number) : changed.Refusal!;
    }

    private static Validation Check(AddLineRequest r)
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

        // EC-13: a refund or redress line is money: it says which and how much (the amount over £0 is checked by the domain).
        if (ResolutionTypes.Find(r.ResolutionType)?.Financial is { } kind && validation.IsValid)
        {
            var what = kind == "Refund" ? "refund" : "financial redress";
            validation.Check(r.Financial?.Amount is not null, "financial.amount", $"A {what} line needs an amount in pounds greater than £0.")
                .Check(r.Financial is null || string.Equals(r.Financial.Kind, kind, StringComparison.OrdinalIgnoreCase), "financial.kind",
                    $"A {what} line is a {kind}.");
        }

        return validation;
    }
}

using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>The Employer complaints section of API.md, plus the stage proposal, resolution types, line withdrawal and the at-risk list.</summary>
public static class EmployerComplaintEndpoints
{
    public static void MapEmployerComplaints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/resolution-types", () => TypedResults.Ok(ResolutionTypes.All));
        api.MapGet("/complaint-issue-categories", () => TypedResults.Ok(ComplaintIssueCategories.All));

        var complaints = api.MapGroup("/employer-complaints");
        complaints.MapPost("/", async (LogComplaintRequest request, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.LogAsync(request, ct)).ToHttp(c => TypedResults.Created($"/api/employer-complaints/{c.Reference}", c)));

        complaints.MapGet("/stage-proposal", async (string? employerErn, string? issue, string? issueCategory, DateOnly? receivedOn, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.ProposeAsync(employerErn, issue, receivedOn, ct, issueCategory)).ToOk());

        // The team leader's list of complaints at risk (issue 4); a caseworker sees days left in their own inbox.
        complaints.MapGet("/at-risk", async (int? withinDays, EmployerComplaintHandlers h, CancellationToken ct) =>
            withinDays is < 0 or > 60
                ? InvalidInput.For("withinDays", "Give the number of working days ahead to look, from 0 to 60.").ToProblem()
                : Results.Ok(await h.AtRiskAsync(withinDays ?? 3, ct)));

        complaints.MapPost("/deadline-run", async (ComplaintDeadlineJob job, CancellationToken ct) => Results.Ok(await job.RunAsync(ct)));

        complaints.MapGet("/{reference}", async (string reference, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.GetAsync(reference, ct)).ToOk());

        complaints.MapPost("/{reference}/invalid", async (string reference, InvalidRequest request, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.InvalidAsync(reference, request, ct)).ToOk());

        complaints.MapPost("/{reference}/valid", async (string reference, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.ValidAsync(reference, ct)).ToOk());

        complaints.MapPost("/{reference}/plan/lines", async (string reference, AddLineRequest request, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.AddLineAsync(reference, request, ct)).ToHttp(line => TypedResults.Created($"/api/employer-complaints/{reference}", line)));

        complaints.MapPost("/{reference}/plan/lines/{id:int}/withdraw", async (string reference, int id, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.WithdrawLineAsync(reference, id, ct)).ToOk());

        complaints.MapPost("/{reference}/plan/lines/{id:int}/done", async (string reference, int id, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.LineDoneAsync(reference, id, ct)).ToOk());

        complaints.MapPost("/{reference}/plan/issue", async (string reference, IssuePlanRequest request, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.IssuePlanAsync(reference, request, ct)).ToOk());

        complaints.MapPost("/{reference}/plan/response", async (string reference, PlanResponseRequest request, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.RespondAsync(reference, request, ct)).ToOk());

        complaints.MapPost("/{reference}/plan/submit", async (string reference, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.SubmitAsync(reference, ct)).ToOk());

        complaints.MapPost("/{reference}/plan/decision", async (string reference, DecisionRequest request, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.DecideAsync(reference, request, ct)).ToOk());

        complaints.MapPost("/{reference}/close", async (string reference, CloseRequest request, EmployerComplaintHandlers h, CancellationToken ct) =>
            (await h.CloseAsync(reference, request, ct)).ToOk());
    }
}

using Casework.Domain.ComplaintOutcomes;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.ComplaintOutcomes;

/// <summary>
/// The Complaint outcomes section of API.md, plus the remedy (OUT-04) and the remedy list. Roles are checked in the
/// domain, so a 403 is a problem saying who may do it.
/// </summary>
public static class ComplaintOutcomeEndpoints
{
    public static void MapComplaintOutcomes(this IEndpointRouteBuilder api)
    {
        api.MapGet("/complaint-remedies", () => TypedResults.Ok(ComplaintRemedies.All));

        var complaints = api.MapGroup("/complaints");
        complaints.MapGet("/{reference}", async (string reference, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.GetAsync(reference, ct)).ToOk());

        complaints.MapPost("/{reference}/issues", async (string reference, AddIssueRequest request, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.AddIssueAsync(reference, request, ct)).ToHttp(added => TypedResults.Created($"/api/complaints/{reference}", added)));

        complaints.MapPut("/{reference}/issues/{id:int}/outcome", async (string reference, int id, RecordOutcomeRequest request, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.RecordOutcomeAsync(reference, id, request, ct)).ToOk());

        complaints.MapPut("/{reference}/remedy", async (string reference, RecordRemedyRequest request, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.RecordRemedyAsync(reference, request, ct)).ToOk());
    }
}

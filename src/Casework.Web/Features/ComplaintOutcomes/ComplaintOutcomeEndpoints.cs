using System.Globalization;
using Casework.Domain.ComplaintOutcomes;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Casework.Web.Features.ComplaintOutcomes;

/// <summary>
/// The Complaint outcomes section of API.md, plus the remedy (OUT-04) and the remedy list, the written response
/// (OUT-04), the investigation plan and the finalisation (OUT-05). Roles are checked in the domain, so a 403 is a
/// problem saying who may do it. A write may carry the version it was based on (body <c>version</c> or
/// <c>If-Match</c>); a stale one is a 409.
/// </summary>
public static class ComplaintOutcomeEndpoints
{
    public static void MapComplaintOutcomes(this IEndpointRouteBuilder api)
    {
        api.MapGet("/complaint-remedies", () => TypedResults.Ok(ComplaintRemedies.All));

        var complaints = api.MapGroup("/complaints");
        complaints.MapGet("/{reference}", async (string reference, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.GetAsync(reference, ct)).ToOk());

        complaints.MapPost("/{reference}/issues", async (string reference, AddIssueRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.AddIssueAsync(reference, request with { Version = request.Version ?? Version(ifMatch) }, ct))
                .ToHttp(added => TypedResults.Created($"/api/complaints/{reference}", added)));

        complaints.MapPut("/{reference}/issues/{id:int}/outcome", async (string reference, int id, RecordOutcomeRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.RecordOutcomeAsync(reference, id, request with { Version = request.Version ?? Version(ifMatch) }, ct)).ToOk());

        complaints.MapPut("/{reference}/remedy", async (string reference, RecordRemedyRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.RecordRemedyAsync(reference, request with { Version = request.Version ?? Version(ifMatch) }, ct)).ToOk());

        complaints.MapPut("/{reference}/written-response", async (string reference, WrittenResponseRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.RecordWrittenResponseAsync(reference, request with { Version = request.Version ?? Version(ifMatch) }, ct)).ToOk());

        complaints.MapPost("/{reference}/investigation-steps", async (string reference, AddInvestigationStepRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.AddInvestigationStepAsync(reference, request with { Version = request.Version ?? Version(ifMatch) }, ct))
                .ToHttp(added => TypedResults.Created($"/api/complaints/{reference}", added)));

        complaints.MapPut("/{reference}/finalisation", async (string reference, FinalisationRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ComplaintOutcomeHandlers h, CancellationToken ct) =>
            (await h.FinaliseAsync(reference, request with { Version = request.Version ?? Version(ifMatch) }, ct)).ToOk());
    }

    private static int? Version(string? ifMatch) =>
        int.TryParse(ifMatch?.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}

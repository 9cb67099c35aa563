using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Contact;

/// <summary>Client contact rules (CON-01…04): the outbound-call table and the decision for a set of changes.</summary>
public static class ContactEndpoints
{
    public static void MapContact(this IEndpointRouteBuilder api)
    {
        api.MapGet("/outbound-call-rules", () => TypedResults.Ok(OutboundCallDecisions.Rules()));
        api.MapPost("/outbound-call-decisions", async (OutboundCallDecisionRequest request, OutboundCallDecisions h, CancellationToken ct) =>
                (await h.DecideAsync(request, ct)).ToOk());
    }
}

using System.Globalization;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>
/// The Service requests section of API.md, plus the work-management moves. A write may carry the
/// version it was based on (body or query <c>version</c>, or <c>If-Match</c>); a stale one is a 409.
/// </summary>
public static class ServiceRequestEndpoints
{
    public static void MapServiceRequests(this IEndpointRouteBuilder api)
    {
        api.MapGet("/service-request-types", async (ServiceRequestHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.TypesAsync(ct)));

        var srs = api.MapGroup("/service-requests");
        srs.MapPost("/", async (RaiseServiceRequestRequest request, ServiceRequestHandlers h, CancellationToken ct) =>
            (await h.RaiseAsync(request, ct)).ToHttp(sr => TypedResults.Created($"/api/service-requests/{sr.Reference}", sr)));

        srs.MapGet("/", async Task<IResult> (HttpRequest http, string? search, string? page, string? pageSize, ServiceRequestSearch finder, ServiceRequestList list, CancellationToken ct) =>
        {
            string? Query(string key) => http.Query[key].ToString();
            var listing = ServiceRequestFilter.AnyIn(Query);
            var v = new Validation()
                .Check(!(listing && !string.IsNullOrWhiteSpace(search)), "search", "Search by a reference, or list by filters, not both.");
            if (!listing)
            {
                v.Required("search", search, "Enter an SR reference, ERN, EARN or SCIN.");
            }

            var (p, size) = Paging.Read(v, page, pageSize, ServiceRequestSearch.DefaultPageSize, ServiceRequestSearch.MaxPageSize);
            if (!v.IsValid)
            {
                return v.ToRefusal().ToProblem();
            }

            if (!listing)
            {
                return TypedResults.Ok((await finder.SearchAsync(search!, p, size, ct)).Page);
            }

            // RPT-05: the SRs behind a report figure (filters in ServiceRequestFilter).
            var filter = ServiceRequestFilter.Parse(Query);
            return filter.IsSuccess ? TypedResults.Ok(await list.PageAsync(filter.Value!, p, size, ct)) : filter.Refusal!.ToProblem();
        });

        srs.MapGet("/{reference}", async (string reference, HttpContext http, ServiceRequestHandlers h, CancellationToken ct) =>
            (await h.GetAsync(reference, ct)).ToHttp(sr =>
            {
                http.Response.Headers.ETag = $"\"{sr.Version.ToString(CultureInfo.InvariantCulture)}\"";
                return TypedResults.Ok(sr);
            }));

        srs.MapGet("/{reference}/audit", async (string reference, ServiceRequestHandlers h, CancellationToken ct) =>
            (await h.AuditAsync(reference, ct)).ToOk());

        srs.MapPost("/{reference}/notes", async (string reference, AddNoteRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ServiceRequestHandlers h, CancellationToken ct) =>
            (await h.AddNoteAsync(reference, request with { Version = request.Version ?? Version(ifMatch) }, ct))
                .ToHttp(sr => TypedResults.Created($"/api/service-requests/{sr.Reference}", sr)));

        srs.MapPost("/{reference}/activities/{id:int}/done", async (string reference, int id, HttpRequest http, ServiceRequestHandlers h, CancellationToken ct) =>
            (await h.CompleteActivityAsync(reference, id, await OptionalVersionAsync(http, ct), ct)).ToOk());

        srs.MapPost("/{reference}/status", async (string reference, ChangeStatusRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ServiceRequestHandlers h, CancellationToken ct) =>
            (await h.ChangeStatusAsync(reference, request with { Version = request.Version ?? Version(ifMatch) }, ct)).ToOk());

        srs.MapPost("/{reference}/assign", async (string reference, AssignRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ServiceRequestHandlers h, CancellationToken ct) =>
            (await h.AssignAsync(reference, request with { Version = request.Version ?? Version(ifMatch) }, ct)).ToOk());

        srs.MapPost("/{reference}/take-ownership", async (string reference, HttpRequest http, ServiceRequestHandlers h, CancellationToken ct) =>
            (await h.TakeOwnershipAsync(reference, await OptionalVersionAsync(http, ct), ct)).ToOk());

        srs.MapPost("/{reference}/assignment-lock", async (string reference, AssignmentLockRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ServiceRequestHandlers h, CancellationToken ct) =>
            (await h.SetAssignmentLockAsync(reference, request with { Version = request.Version ?? Version(ifMatch) }, ct)).ToOk());
    }

    /// <summary>
    /// Routes whose body is optional: a required [FromBody] would make a bodiless POST miss the endpoint,
    /// so the body (if any) is read here, then ?version=, then If-Match.
    /// </summary>
    private static async Task<int?> OptionalVersionAsync(HttpRequest http, CancellationToken ct)
    {
        if (http.HasJsonContentType() && http.ContentLength != 0)
        {
            VersionRequest? body;
            try
            {
                body = await http.ReadFromJsonAsync<VersionRequest>(ct);
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new BadHttpRequestException("The body is not valid JSON: " + e.Message, e);
            }

            if (body?.Version is { } fromBody)
            {
                return fromBody;
            }
        }

        return int.TryParse(http.Query["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var fromQuery)
            ? fromQuery
            : Version(http.Headers.IfMatch);
    }

    private static int? Version(string? ifMatch) =>
        int.TryParse(ifMatch?.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}

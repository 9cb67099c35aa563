using System.Text.Json;
using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Employers;

public static class IdentityEmailEndpoints
{
    /// <summary>SEC-07: POST /api/employers/{ern}/identity-email, body <c>{ "email": "…" }</c> or none at all.</summary>
    public static void MapIdentityEmail(this IEndpointRouteBuilder api)
    {
        api.MapPost("/employers/{ern}/identity-email", async (string ern, HttpRequest http, IdentityEmailHandler handler, CancellationToken ct) =>
            {
                var result = await handler.SendAsync(ern, await ReadBodyAsync(http, ct), ct);
                return result.Refusal is EmailNotSent notSent
                    ? RefusalResults.Problem(StatusCodes.Status502BadGateway, "E-mail not sent", notSent.Reason)
                    : result.ToHttp(sent => TypedResults.Created($"/api/letters/{sent.Id}/document", sent));
            });
    }

    /// <summary>
    /// The body is optional, so it is read by hand: a bound JSON body would make routing pass over a POST
    /// that has no Content-Type (it would reach the API's 404 fallback instead of this endpoint).
    /// </summary>
    private static async Task<SendIdentityEmailRequest> ReadBodyAsync(HttpRequest http, CancellationToken ct)
    {
        if (http.ContentLength == 0 || (http.ContentLength is null && string.IsNullOrEmpty(http.ContentType)))
        {
            return new SendIdentityEmailRequest(null);
        }

        if (!http.HasJsonContentType())
        {
            throw new BadHttpRequestException("Send the body as application/json, like { \"email\": \"name@example.com\" }.");
        }

        try
        {
            return await http.ReadFromJsonAsync<SendIdentityEmailRequest>(ct) ?? new SendIdentityEmailRequest(null);
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException($"The body is not valid JSON: {e.Message}", e);
        }
    }
}

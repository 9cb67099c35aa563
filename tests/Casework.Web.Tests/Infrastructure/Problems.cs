using System.Net;
using System.Text.Json;

namespace Casework.Web.Tests.Infrastructure;

/// <summary>Assertions for RFC 9457 problem details, the one error shape of the API (API.md).</summary>
public static class Problems
{
    /// <summary>
    /// The response is <paramref name="status"/> as <c>application/problem+json</c> with a human-readable
    /// <c>detail</c>; for a 400, <c>errors</c> names each of <paramref name="fields"/>.
    /// </summary>
    public static async Task<ProblemView> AssertProblem(this HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var problem = JsonSerializer.Deserialize<ProblemView>(text, ApiClient.Json)!;
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail), $"The problem has no detail: {text}");
        Assert.Equal((int)status, problem.Status);
        if (status == HttpStatusCode.BadRequest)
        {
            Assert.True(problem.Errors is { Count: > 0 }, $"A 400 should name the fields at fault: {text}");
        }

        foreach (var field in fields)
        {
            Assert.True(
                problem.Errors?.TryGetValue(field, out var messages) == true && messages.Length > 0 && messages.All(m => m.Length > 0),
                $"Expected an error for '{field}': {text}");
        }

        return problem;
    }

    /// <summary>No login, or a token the app did not issue: 401 with a bearer challenge.</summary>
    public static void AssertUnauthorized(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"Expected 401 but got {(int)response.StatusCode}.");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }
}

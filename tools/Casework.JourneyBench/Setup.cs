using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Casework.JourneyBench;

/// <summary>Fresh employers for the run, registered through the app's own API, so that no employer's complaint history grows long.</summary>
public static class Setup
{
    private static readonly string[] Phones = ["0113 496 0000"];

    public static async Task<IReadOnlyList<string>> EmployersAsync(HttpClient http, string token, int count, string runId)
    {
        var erns = new string[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/employers")
            {
                Content = JsonContent.Create(new
                {
                    name = $"W1 Bench Employer {runId}-{i}",
                    region = "EnglandAndWales",
                    email = $"payroll{i}@w1-bench.example",
                    phones = Phones,
                    payrollAddress = "1 Park Row, Leeds, LS1 5HD",
                }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new JourneyFailedException($"POST /api/employers: {(int)response.StatusCode} {body}");
            }

            erns[i] = JsonDocument.Parse(body).RootElement.GetProperty("ern").GetString()!;
        });
        return erns;
    }
}

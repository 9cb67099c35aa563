using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Casework.JourneyBench;

/// <summary>
/// W1: one employer complaint from logging to closure, eight calls as API.md gives them — log it, open it, accept it as
/// valid, add a plan line, issue the plan (employer reached by phone), record that the employer agrees, mark the line
/// done, close. The same calls and bodies go to the app and to the bare-SQL baseline.
/// </summary>
public sealed class Journey(HttpClient http, string token)
{
    public static readonly string[] Steps =
    [
        "POST employer-complaints (log)",
        "GET employer-complaints/{ref}",
        "POST {ref}/valid",
        "POST {ref}/plan/lines",
        "POST {ref}/plan/issue",
        "POST {ref}/plan/response",
        "POST {ref}/plan/lines/{id}/done",
        "POST {ref}/close",
    ];

    /// <summary>Runs one journey for <paramref name="ern"/>; each call's time goes to <paramref name="times"/>. Throws on any non-2xx.</summary>
    public async Task RunAsync(string ern, string issue, Latencies times, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var logged = await CallAsync(0, HttpMethod.Post, "/api/employer-complaints", new
        {
            employerErn = ern,
            raisedBy = "Employer",
            channel = "Phone",
            issue,
            description = "The deduction schedule sent in November does not match the order; the employer asks for it to be corrected.",
            receivedOn = today,
        }, times, ct);
        var reference = logged.GetProperty("reference").GetString()!;
        var path = "/api/employer-complaints/" + reference;
        await CallAsync(1, HttpMethod.Get, path, null, times, ct);
        await CallAsync(2, HttpMethod.Post, path + "/valid", null, times, ct);
        var line = await CallAsync(3, HttpMethod.Post, path + "/plan/lines", new
        {
            resolutionType = "CorrectDeductionSchedule",
            description = "Send a corrected deduction schedule for the current order.",
            financial = (object?)null,
        }, times, ct);
        var id = line.GetProperty("id").GetInt32();
        await CallAsync(4, HttpMethod.Post, path + "/plan/issue", new { reachedByPhone = true }, times, ct);
        await CallAsync(5, HttpMethod.Post, path + "/plan/response", new { agrees = true, note = "Agreed on the phone." }, times, ct);
        await CallAsync(6, HttpMethod.Post, string.Create(CultureInfo.InvariantCulture, $"{path}/plan/lines/{id}/done"), null, times, ct);
        await CallAsync(7, HttpMethod.Post, path + "/close", new
        {
            paragraph = "PhoneOutcome",
            freeText = "We sent you a corrected deduction schedule. We are sorry for the trouble the wrong one caused.",
        }, times, ct);
    }

    private async Task<JsonElement> CallAsync(int step, HttpMethod method, string path, object? body, Latencies times, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }
        else if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        times.Add(step, Stopwatch.GetTimestamp() - started);
        if (!response.IsSuccessStatusCode)
        {
            throw new JourneyFailedException($"{Steps[step]} {path}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 400)]}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

public sealed class JourneyFailedException(string message) : Exception(message);

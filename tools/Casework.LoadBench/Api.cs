using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Casework.LoadBench;

/// <summary>A refused or failed call: the status and the start of the body, shown in the step's error samples.</summary>
internal sealed class HttpFailure(string message) : Exception(message);

/// <summary>
/// One app process: its own HttpClient (SocketsHttpHandler, no connection limit, so an open model never queues in the
/// client) and the bearer tokens of the demo users signed in on it (API.md: POST /api/auth/login).
/// </summary>
internal sealed class Target : IDisposable
{
    public const string Password = "Casework-Demo-1!";
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public Target(Uri url)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
        };
        _http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Waits (up to two minutes) for the process to answer GET /health, then signs the users in.</summary>
    public async Task SignInAsync(params string[] users)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                using var health = await _http.GetAsync("/health");
                if (health.IsSuccessStatusCode)
                {
                    break;
                }

                if (tries >= 120)
                {
                    throw new HttpFailure($"{Url}health → {(int)health.StatusCode}");
                }
            }
            catch (HttpRequestException) when (tries < 120)
            {
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        foreach (var user in users)
        {
            using var login = await _http.PostAsJsonAsync("/api/auth/login", new { userName = user, password = Password });
            login.EnsureSuccessStatusCode();
            _tokens[user] = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }
    }

    /// <summary>GET, body read and dropped; throws <see cref="HttpFailure"/> unless 2xx.</summary>
    public async Task GetAsync(string user, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        await SendAsync(request, user, read: false);
    }

    /// <summary>GET and parse the JSON answer (start-up only).</summary>
    public async Task<JsonElement> GetJsonAsync(string user, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return JsonDocument.Parse(await SendAsync(request, user, read: true)).RootElement;
    }

    /// <summary>POST a JSON body; returns the answer's JSON (or default for an empty one).</summary>
    public async Task<JsonElement> PostAsync(string user, string path, object? body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var text = await SendAsync(request, user, read: true);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
    }

    private async Task<string> SendAsync(HttpRequestMessage request, string user, bool read)
    {
        if (user.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[user]);
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new HttpFailure($"{request.Method} {request.RequestUri} → {(int)response.StatusCode} {Clip(body)}");
        }

        return read ? await response.Content.ReadAsStringAsync() : "";
    }

    private static string Clip(string body)
    {
        var one = new StringBuilder(body.Length).Append(body).Replace('\n', ' ').ToString();
        return one.Length > 160 ? one[..160] + "…" : one;
    }

    public void Dispose() => _http.Dispose();
}

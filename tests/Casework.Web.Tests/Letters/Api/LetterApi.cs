using System.Net;
using System.Text.Json;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Letters.Api;

/// <summary>
/// A letter as the API shows it (API.md "Letters"). The listed fields are required and strings, so a renamed
/// field or a numeric enum breaks the tests; the extra ones the app also sends are read when present.
/// </summary>
public sealed record LetterView(int Id, string Code, string Status, string Format, string Language, DateTimeOffset CreatedAt)
{
    public int? ReissueOf { get; init; }

    public string? ServiceRequest { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public int? Version { get; init; }
}

/// <summary>What POST /api/letters/batch returns: whether this runner held the lease, and its counts.</summary>
public sealed record BatchView(string BatchId, bool Ran, int Sent, int StillQueued);

/// <summary>A letter's document as downloaded.</summary>
public sealed record LetterFile(byte[] Bytes, string? MediaType, string? FileName)
{
    public bool IsPdf => Bytes.Length > 5 && Bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8);
}

/// <summary>Intent methods over the Letters API; the happy paths assert their own status codes.</summary>
public static class LetterApi
{
    public const string Standard = "CMSL8500";

    public static Task<HttpResponseMessage> TryQueueLetter(this HttpClient http, object body) => http.Post("/api/letters", body);

    /// <summary>Issues <paramref name="code"/> on the SR by hand (POST /api/letters); CMSL8500 needs only the system fields.</summary>
    public static async Task<LetterView> QueueLetter(
        this HttpClient http, string serviceRequest, string code = Standard, object? fields = null, string[]? paragraphs = null, string? freeText = null)
    {
        var response = await http.TryQueueLetter(new { serviceRequest, code, fields, paragraphs, freeText });
        var letter = await response.Read<LetterView>(HttpStatusCode.Created);
        Assert.Equal($"/api/letters/{letter.Id}", response.Headers.Location?.OriginalString);
        return letter;
    }

    public static Task<List<LetterView>> LettersFor(this HttpClient http, string serviceRequest) =>
        http.Get<List<LetterView>>($"/api/letters?serviceRequest={Uri.EscapeDataString(serviceRequest)}");

    public static async Task<LetterView> Letter(this HttpClient http, string serviceRequest, int id) =>
        Assert.Single(await http.LettersFor(serviceRequest), l => l.Id == id);

    /// <summary>The letters embedded in GET /api/service-requests/{ref}.</summary>
    public static async Task<List<LetterView>> LettersOnSr(this HttpClient http, string serviceRequest) =>
        [.. (await http.GetSr(serviceRequest)).Letters.Select(l => l.Deserialize<LetterView>(ApiClient.Json)!)];

    public static async Task<LetterFile> Document(this HttpClient http, int id)
    {
        using var response = await http.GetAsync($"/api/letters/{id}/document");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200 but got {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        var disposition = response.Content.Headers.ContentDisposition;
        return new LetterFile(bytes, response.Content.Headers.ContentType?.MediaType, disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
    }

    public static Task<HttpResponseMessage> TryCancelLetter(this HttpClient http, int id) => http.Post($"/api/letters/{id}/cancel");

    public static async Task<LetterView> CancelLetter(this HttpClient http, int id) =>
        await (await http.TryCancelLetter(id)).Read<LetterView>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> TryReissueLetter(this HttpClient http, int id) => http.Post($"/api/letters/{id}/reissue");

    public static async Task<LetterView> ReissueLetter(this HttpClient http, int id)
    {
        var response = await http.TryReissueLetter(id);
        var letter = await response.Read<LetterView>(HttpStatusCode.Created);
        Assert.Equal($"/api/letters/{letter.Id}", response.Headers.Location?.OriginalString);
        return letter;
    }

    public static Task<HttpResponseMessage> TryRunBatch(this HttpClient http) => http.Post("/api/letters/batch");

    public static async Task<BatchView> RunBatch(this HttpClient http) =>
        await (await http.TryRunBatch()).Read<BatchView>(HttpStatusCode.OK);

    /// <summary>Everything about an SR's letters a refused request must not change: the list as JSON.</summary>
    public static async Task<string> LettersJson(this HttpClient http, string serviceRequest)
    {
        using var response = await http.GetAsync($"/api/letters?serviceRequest={Uri.EscapeDataString(serviceRequest)}");
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        return json;
    }
}

/// <summary>The folder-drop delivery target's folder as a test reads it: one file per letter plus manifest.tsv.</summary>
public sealed class Outbox(string path)
{
    public string Path { get; } = path;

    /// <summary>Delivered letter files (not the manifest, not a half-written *.partial).</summary>
    public IReadOnlyList<string> LetterFiles() => Directory.Exists(Path)
        ? [.. Directory.EnumerateFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>()
            .Where(f => f != "manifest.tsv" && !f.EndsWith(".partial", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
        : [];

    public IReadOnlyList<string> PartialFiles() => Directory.Exists(Path)
        ? [.. Directory.EnumerateFiles(Path, "*.partial").Select(System.IO.Path.GetFileName).OfType<string>()]
        : [];

    /// <summary>The letter id a delivered file is for: its name starts with the id (00000042-CMSL8500.pdf).</summary>
    public static int IdOf(string fileName) =>
        int.Parse(fileName.AsSpan(0, fileName.IndexOf('-', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<string> ManifestLines()
    {
        var manifest = System.IO.Path.Combine(Path, "manifest.tsv");
        return File.Exists(manifest) ? [.. File.ReadAllLines(manifest).Where(l => l.Length > 0)] : [];
    }

    /// <summary>The letter id of each manifest line (its first column), in file order, duplicates kept.</summary>
    public IReadOnlyList<int> ManifestIds() =>
        [.. ManifestLines().Select(l => int.Parse(l.Split('\t')[0], System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Every given letter delivered exactly once: one file each, one manifest line each, nothing half-written.</summary>
    public void AssertDeliveredExactlyOnce(IReadOnlyCollection<int> ids)
    {
        var files = LetterFiles().Where(f => ids.Contains(IdOf(f))).Select(IdOf).ToList();
        var manifest = ManifestIds().Where(ids.Contains).ToList();
        Assert.Empty(PartialFiles());
        Assert.Equal(ids.Order(), files.Order());
        var duplicates = manifest.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"{g.Key}×{g.Count()}").ToList();
        Assert.True(duplicates.Count == 0, $"manifest.tsv lists letters more than once: {string.Join(", ", duplicates)}");
        Assert.Equal(ids.Order(), manifest.Order());
    }
}

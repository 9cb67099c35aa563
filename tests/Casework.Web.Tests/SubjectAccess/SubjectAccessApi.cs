using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.SubjectAccess;

public sealed record SarView(
    string Reference,
    string SubjectReference,
    string SubjectKind,
    string SubjectName,
    DateOnly ReceivedOn,
    DateOnly DueOn,
    string DueRule,
    bool FeeApplies,
    string Team,
    string Status,
    string LoggedBy,
    DateTimeOffset? CompletedAt,
    int Version);

/// <summary>The opened export: the JSON document and the names and bytes of every file in the ZIP.</summary>
public sealed record SarExport(JsonElement Data, IReadOnlyDictionary<string, byte[]> Files, string Text)
{
    public IReadOnlyList<string> Tables => [.. Data.GetProperty("tables").EnumerateObject().Select(p => p.Name)];

    public JsonElement Table(string name) => Data.GetProperty("tables").GetProperty(name);
}

/// <summary>Intent methods for the subject access routes (CON-05).</summary>
public static class SubjectAccessApi
{
    public const string Route = "/api/subject-access-requests";

    public static Task<HttpResponseMessage> TryLogSar(this HttpClient http, object body) => http.Post(Route, body);

    public static async Task<SarView> LogSar(this HttpClient http, string subjectReference, DateOnly receivedOn)
    {
        var response = await http.TryLogSar(new { subjectReference, receivedInWriting = true, receivedOn });
        var sar = await response.Read<SarView>(HttpStatusCode.Created);
        Assert.Equal($"{Route}/{sar.Reference}", response.Headers.Location?.OriginalString);
        return sar;
    }

    public static Task<SarView> GetSar(this HttpClient http, string reference) => http.Get<SarView>($"{Route}/{reference}");

    public static async Task<SarExport> Export(this HttpClient http, string reference)
    {
        var response = await http.GetAsync(new Uri($"{Route}/{reference}/export", UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        await using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            await using var content = await entry.OpenAsync();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            files[entry.FullName] = copy.ToArray();
        }

        var text = System.Text.Encoding.UTF8.GetString(files["subject-data.json"]);
        return new SarExport(JsonDocument.Parse(text).RootElement.Clone(), files, text);
    }

    public static async Task<int> SarCount(this CaseworkFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        return await db.SubjectAccessRequests.CountAsync() + await db.TeamTasks.CountAsync();
    }

    public static DateOnly Today(this CaseworkFactory app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
}

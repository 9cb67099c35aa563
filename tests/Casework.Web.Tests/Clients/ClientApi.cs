using System.Net;
using Casework.Domain.Clients;
using Casework.Domain.Parties;
using Casework.Domain.ServiceRequests;
using Casework.Domain.TeamTasks;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.SubjectAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Clients;

public sealed record RiskFlagView(string Kind, string Note, DateTimeOffset RecordedAt, string RecordedBy);

public sealed record ClientCaseView(string CaseNumber, string RoleOnCase, string? OtherParentScin, string? OtherParentName, bool OtherParentWithheld);

public sealed record RepresentativeView(
    string Trn, string Name, bool PowerOfAttorney, string? EmployerErn, string Status, string? RemovedBecause, bool SecuritySetUp, int Version);

public sealed record ClientView(
    string Scin,
    string Name,
    string Role,
    string PreferredLanguage,
    bool SecuritySetUp,
    string? ContactSuppressedBecause,
    bool RestrictsDisclosure,
    IReadOnlyList<RiskFlagView> RiskFlags,
    IReadOnlyList<ClientCaseView> Cases,
    IReadOnlyList<RepresentativeView> Representatives,
    int Version);

public sealed record RiskRecordedView(RiskFlagView Flag, bool ReferredToTeamLeader, bool RestrictsDisclosure, string Rule);

public sealed record ClientLetterView(int Id, string Code, string Status, string? CancelledBy);

/// <summary>Intent methods for the client routes.</summary>
public static class ClientApi
{
    public static string Client(string scin, string rest = "") => $"/api/clients/{scin}{rest}";

    public static Task<ClientView> GetClient(this HttpClient http, string scin) => http.Get<ClientView>(Client(scin));

    public static async Task<string> GetClientText(this HttpClient http, string scin) =>
        await (await http.GetAsync(new Uri(Client(scin), UriKind.Relative))).Content.ReadAsStringAsync();

    public static Task<HttpResponseMessage> TrySuppress(this HttpClient http, string scin, string? reason) =>
        http.Post(Client(scin, "/contact-suppression"), new { reason });

    public static Task<HttpResponseMessage> TryLift(this HttpClient http, string scin) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, Client(scin, "/contact-suppression")));

    public static Task<HttpResponseMessage> TryRecordRisk(this HttpClient http, string scin, string? kind, string? note) =>
        http.Post(Client(scin, "/risk-flags"), new { kind, note });

    public static Task<HttpResponseMessage> TryQueueClientLetter(this HttpClient http, string scin, string code = "CMSL8500") =>
        http.Post(Client(scin, "/letters"), new { code });

    public static Task<List<ClientLetterView>> ClientLetters(this HttpClient http, string scin) => http.Get<List<ClientLetterView>>(Client(scin, "/letters"));

    public static Task<HttpResponseMessage> TrySetUpRepresentative(this HttpClient http, string scin, object body) =>
        http.Post(Client(scin, "/representatives"), body);

    public static object IndividualRepresentative(string name, bool powerOfAttorney = false) => new
    {
        name,
        powerOfAttorney,
        pin = "2468013",
        password = "Harbour Light",
        questions = Enumerable.Range(1, 7).Select(i => new { question = $"Representative question {i}?", answer = $"Answer {i}" }),
    };

    /// <summary>A client of the test's own (no API creates clients: they come from the case system).</summary>
    public static async Task<string> AddClientAsync(
        this CaseworkFactory app, ClientRole role = ClientRole.PayingParent, PreferredLanguage language = PreferredLanguage.English, string? name = null)
    {
        var scin = ClientScins.Next();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        db.Clients.Add(new Client(scin, name ?? $"Client {scin}", role, language, Casework.Domain.Calendar.Region.EnglandAndWales));
        await db.SaveChangesAsync();
        return scin;
    }

    public static async Task AddCaseAsync(this CaseworkFactory app, string payingParent, string receivingParent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        db.ClientCases.Add(new ClientCase($"K{payingParent}", payingParent, receivingParent,
            [new QualifyingChild("Sam Child", new DateOnly(2017, 5, 5))], Owner.ForTeam("EMPLOYER-PAYMENTS")));
        await db.SaveChangesAsync();
    }

    public static async Task<List<TeamTask>> TasksFor(this CaseworkFactory app, string party)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().TeamTasks.AsNoTracking()
            .Where(t => t.PartyReference == party).ToListAsync();
    }

    public static async Task<int> AuditCount(this CaseworkFactory app, string subject)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().AuditEntries.CountAsync(a => a.Subject == subject);
    }

    public static async Task<T> ReadOk<T>(this Task<HttpResponseMessage> response, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await response).Read<T>(status);
}

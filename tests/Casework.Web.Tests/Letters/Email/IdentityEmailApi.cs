using System.Net;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Letters.Email;

/// <summary>What POST /api/employers/{ern}/identity-email returns.</summary>
public sealed record IdentityEmailView(int Id, string Code, string SentTo, DateTimeOffset SentAt, string Subject);

/// <summary>Intent methods and fixed wording for the identity e-mail (SEC-07).</summary>
public static class IdentityEmailApi
{
    public const string Subject = "Child Maintenance Service – Important Information – Do Not Reply via Email";

    public const string WelshSubject = "Gwasanaeth Cynhaliaeth Plant – Gwybodaeth Bwysig – Peidiwch ag Ateb drwy E-bost";

    public const string Inbox = "employer.information.request@cms.example";

    public const string CaseworkerName = "Carys Evans";

    public static string Url(string ern) => $"/api/employers/{ern}/identity-email";

    public static Task<HttpResponseMessage> TrySendIdentityEmail(this HttpClient http, string ern, object? body = null) =>
        http.Post(Url(ern), body);

    public static async Task<IdentityEmailView> SendIdentityEmail(this HttpClient http, string ern, object? body = null) =>
        await (await http.TrySendIdentityEmail(ern, body)).Read<IdentityEmailView>(HttpStatusCode.Created);

    /// <summary>An employer of the test's own, with a unique e-mail address on record (or none).</summary>
    public static async Task<EmployerView> NewEmployer(this HttpClient http, string name, bool hasEmail = true, bool welsh = false)
    {
        var response = await http.TryCreateEmployer(new
        {
            name,
            region = Region.EnglandAndWales,
            email = hasEmail ? $"payroll.{Guid.NewGuid():N}@example.org" : null,
            phones = new[] { "0161 496 0000" },
            payrollAddress = "1 Test Street, Manchester M1 1AA",
            preferredLanguage = welsh ? "Welsh" : "English",
        });
        return await response.Read<EmployerView>(HttpStatusCode.Created);
    }

    public static async Task<Letter?> LetterRecord(this CaseworkFactory app, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Letters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id);
    }

    public static async Task<int> LetterCount(this CaseworkFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Letters.CountAsync();
    }
}

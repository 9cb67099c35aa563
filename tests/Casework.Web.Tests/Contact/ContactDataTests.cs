using Casework.Domain.Clients;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Contact;

/// <summary>P-03 / P-05 / SEC-04: clients, cases and representatives are stored and read back whole, secrets as hashes only.</summary>
public abstract class ContactDataTests(CaseworkFactory app)
{
    [Fact]
    public async Task P03_demo_cases_come_back_with_their_qualifying_children_and_owner()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();

        var cases = await db.ClientCases.AsNoTracking().Include(c => c.QualifyingChildren)
            .Where(c => c.ReceivingParentScin == DemoClients.ReceivingParentScin).OrderBy(c => c.CaseNumber).ToListAsync();

        Assert.Equal(["CASE-0001", "CASE-0002"], cases.Select(c => c.CaseNumber));
        Assert.Equal(Owner.ForStaff("100002", "Dev Patel", "EMPLOYER-PAYMENTS"), cases[0].Owner);
        Assert.Equal(Owner.ForTeam("GENERAL-INBOUND"), cases[1].Owner);
        Assert.Equal([new DateOnly(2018, 9, 3), new DateOnly(2020, 1, 22)], cases[1].QualifyingChildren.Select(c => c.DateOfBirth).Order());
    }

    [Fact]
    public async Task SEC04_stored_client_secrets_check_the_demo_pin_password_and_answers()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<ICallerSecretHasher>();

        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Scin == DemoClients.PayingParentScin);
        var secrets = Assert.IsType<CallerSecrets>(client.Secrets);

        Assert.All(DemoClients.Pin.Select((digit, i) => (digit, position: i + 1)),
            p => Assert.True(hasher.VerifyPinDigit(secrets.Pin, p.position, p.digit)));
        Assert.False(hasher.VerifyPinDigit(secrets.Pin, 1, DemoClients.Pin[1]));
        Assert.True(hasher.VerifyPassword(secrets.PasswordHash, SecretNormalisation.Answer(DemoClients.Password)));
        Assert.Equal(DemoClients.Questions.Select(q => q.Question), secrets.Questions.Select(q => q.Question));
        Assert.True(hasher.VerifyAnswer(secrets.Questions[2].AnswerHash, SecretNormalisation.Answer("aberystwyth")));
        Assert.False(hasher.VerifyAnswer(secrets.Questions[2].AnswerHash, SecretNormalisation.Answer("Aberaeron")));
    }

    [Fact]
    public async Task P05_representatives_are_stored_with_their_own_security_or_an_employer_and_none()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();

        var individual = await db.Representatives.AsNoTracking().SingleAsync(r => r.Trn == DemoClients.RepresentativeTrn);
        var employer = await db.Representatives.AsNoTracking().SingleAsync(r => r.Trn == DemoClients.EmployerRepresentativeTrn);

        Assert.Equal((DemoClients.ReceivingParentScin, true, RepresentativeStatus.Active), (individual.ActingForScin, individual.PowerOfAttorney, individual.Status));
        Assert.NotNull(individual.Secrets);
        Assert.Equal(DemoClients.EmployerRepresentativeErn, employer.EmployerErn);
        Assert.Null(employer.Secrets);
    }

    [Fact]
    public async Task CON06_risk_flags_and_suppression_survive_a_save_and_reload()
    {
        var at = app.Clock.GetUtcNow();
        var by = new Casework.Domain.Common.Actor("100001", "Carys Evans", "EMPLOYER-PAYMENTS", new HashSet<string>());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            var client = new Client("700009901", "Sam Stored", ClientRole.PayingParent, Casework.Domain.Parties.PreferredLanguage.English,
                Casework.Domain.Calendar.Region.Scotland);
            client.RecordRisk(RiskKind.DomesticViolence, "Disclosed on the call", by, at);
            client.RecordRisk(RiskKind.ThreatOfSuicide, "Said they could not go on", by, at);
            Assert.Null(client.SuppressContact("Qualifying child has died", by, at));
            db.Clients.Add(client);
            await db.SaveChangesAsync();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            var reloaded = await db.Clients.SingleAsync(c => c.Scin == "700009901");

            Assert.Equal([RiskKind.DomesticViolence, RiskKind.ThreatOfSuicide], reloaded.RiskFlags.Select(f => f.Kind));
            Assert.True(reloaded.RestrictsDisclosure);
            Assert.Equal("Qualifying child has died", reloaded.ContactSuppressedBecause);
            Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Subject == "Client 700009901"));
        }
    }
}

public sealed class ContactDataTests_Sqlite(SqliteFactory app) : ContactDataTests(app), IClassFixture<SqliteFactory>;

public sealed class ContactDataTests_Postgres(PostgresFactory app) : ContactDataTests(app), IClassFixture<PostgresFactory>;

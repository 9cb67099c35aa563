using Casework.Domain.Security;
using System.Text;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Contact;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.SubjectAccess;

/// <summary>
/// CON-05 (beyond): the export holds every record about the subject. Completeness is checked against the database
/// itself: every table in which the subject's reference appears must be a section of the export.
/// </summary>
public abstract class SubjectAccessExportTests(CaseworkFactory app)
{
    private static readonly Actor _seeder = new("100001", "Carys Evans", "EMPLOYER-PAYMENTS", new HashSet<string>(StringComparer.Ordinal));

    [Fact]
    public async Task CON05_export_for_a_client_holds_every_table_that_refers_to_them_and_no_secret()
    {
        var http = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");
        var (scin, otherParent, trn) = (ClientScins.Next(), ClientScins.Next(), ClientScins.NextTrn());
        await app.AddClient(scin, ClientRole.PayingParent);
        await app.AddClient(otherParent, ClientRole.ReceivingParent, withSecurity: false);
        await SeedOneOfEverythingAsync(scin, otherParent, trn);
        await http.StartCall("PayingParent", scin);
        var letter = await (await http.Post($"/api/clients/{scin}/letters", new { code = LetterApi.Standard })).Read<LetterView>(System.Net.HttpStatusCode.Created);
        await (await app.LoginAs("teamleader")).RunBatch();
        var sar = await http.LogSar(scin, app.Today());

        var export = await team.Export(sar.Reference);

        var holding = await TablesHoldingAsync(scin);
        Assert.Contains("Clients", holding);
        Assert.Contains("Calls", holding);
        Assert.All(holding, table => Assert.True(export.Tables.Contains(table), $"Table {table} refers to {scin} but is not in the export."));
        Assert.Equal("Ann Other's risk note", export.Table("Clients")[0].GetProperty("riskFlags")[0].GetProperty("note").GetString());
        Assert.Equal(2, export.Table("ClientCases").GetArrayLength());
        Assert.Equal(trn, export.Table("Representatives")[0].GetProperty("trn").GetString());
        Assert.Contains(sar.Reference, export.Text, StringComparison.Ordinal);
        Assert.Contains("Letters", holding);
        var pdf = Assert.Single(export.Files, f => f.Key.StartsWith($"letters/{letter.Id}-", StringComparison.Ordinal)).Value;
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        // SEC-04: no hash or salt leaves in the export; the other parent on the shared case is a third party.
        var secrets = await SecretsOfAsync(scin);
        Assert.DoesNotContain(secrets.Pin.Salt, export.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(secrets.PasswordHash, export.Text, StringComparison.Ordinal);
        Assert.All(secrets.Pin.DigitHashes.Concat(secrets.Questions.Select(q => q.AnswerHash)),
            hash => Assert.DoesNotContain(hash, export.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(otherParent, export.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CON05_export_for_an_employer_holds_its_records_and_the_pdfs_of_letters_sent_to_it()
    {
        var http = await app.LoginAs("caseworker");
        var leader = await app.LoginAs("teamleader");
        var team = await app.LoginAs("subjectaccess");
        var employer = await http.CreateEmployer("Everything Held Ltd");
        var sr = await http.RaiseSr(employerErn: employer.Ern);
        await http.AddNote(sr.Reference, "Employer asked about its DEOs");
        var letter = await http.QueueLetter(sr.Reference);
        await leader.RunBatch();
        var sar = await http.LogSar(employer.Ern, app.Today());

        var export = await team.Export(sar.Reference);

        var holding = await TablesHoldingAsync(employer.Ern);
        Assert.All(holding, table => Assert.True(export.Tables.Contains(table), $"Table {table} refers to {employer.Ern} but is not in the export."));
        var pdf = Assert.Single(export.Files, f => f.Key.StartsWith($"letters/{letter.Id}-", StringComparison.Ordinal)).Value;
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains("Employer asked about its DEOs", export.Text, StringComparison.Ordinal);
        Assert.Equal(sr.Reference, export.Table("ServiceRequests")[0].GetProperty("reference").GetString());
    }

    private async Task<Casework.Domain.Security.CallerSecrets> SecretsOfAsync(string scin)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Clients.Single(c => c.Scin == scin).Secrets!;
    }

    /// <summary>Every table whose text mentions the reference; counters only hold the last number handed out.</summary>
    private async Task<IReadOnlyList<string>> TablesHoldingAsync(string reference) =>
        [.. (await DatabaseText.ReadAllAsync(app)).Where(c => c.Value.Contains(reference, StringComparison.Ordinal) && c.Table != "Counters")
            .Select(c => c.Table).Distinct()];

    /// <summary>A case of each role, a representative, a risk flag: everything the contact model can hold about a client.</summary>
    private async Task SeedOneOfEverythingAsync(string scin, string otherParent, string trn)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var now = app.Clock.GetUtcNow();
        var client = db.Clients.Single(c => c.Scin == scin);
        client.RecordRisk(RiskKind.DomesticViolence, "Ann Other's risk note", _seeder, now);
        db.ClientCases.Add(new ClientCase($"C{scin}", scin, otherParent, [new QualifyingChild("Child One", new DateOnly(2016, 4, 1))],
            Owner.ForTeam("EMPLOYER-PAYMENTS")));
        db.ClientCases.Add(new ClientCase($"D{scin}", otherParent, scin, [new QualifyingChild("Child Two", new DateOnly(2019, 7, 9))],
            Owner.ForTeam("EMPLOYER-PAYMENTS")));
        db.Representatives.Add(Representative.SetUp(new SetUpRepresentative(trn, "Rep Resentative", scin, false, "10000001"), null, _seeder, now).Value!);
        await db.SaveChangesAsync();
    }
}

public sealed class SubjectAccessExportTests_Sqlite(SqliteFactory app) : SubjectAccessExportTests(app), IClassFixture<SqliteFactory>;

public sealed class SubjectAccessExportTests_Postgres(PostgresFactory app) : SubjectAccessExportTests(app), IClassFixture<PostgresFactory>;

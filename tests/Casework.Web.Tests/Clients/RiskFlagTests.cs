using System.Net;
using Casework.Domain.Clients;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.SubjectAccess;

namespace Casework.Web.Tests.Clients;

/// <summary>CON-06 risk flags, and the client record shown without any secret (SEC-04).</summary>
public abstract class RiskFlagTests(CaseworkFactory app)
{
    [Fact]
    public async Task CON06_threat_of_suicide_is_referred_to_the_team_leader_at_once()
    {
        var http = await app.LoginAs("caseworker");
        var leader = await app.LoginAs("teamleader");
        var scin = await app.AddClientAsync(name: "Robin Risk");

        var recorded = await http.TryRecordRisk(scin, "ThreatOfSuicide", "Said they could not go on").ReadOk<RiskRecordedView>(HttpStatusCode.Created);

        Assert.True(recorded.ReferredToTeamLeader);
        var item = Assert.Single(await leader.Inbox(), i => i.WorkItem.StartsWith("Threat of suicide: refer now", StringComparison.Ordinal) && i.Reference.StartsWith("TASK-", StringComparison.Ordinal)
            && i.SubStatus.Contains("Said they could not go on", StringComparison.Ordinal));
        Assert.Equal(app.Today(), item.TargetDate);
        Assert.DoesNotContain(await http.Inbox(), i => i.WorkItem.StartsWith("Threat of suicide: refer now", StringComparison.Ordinal));
        var flag = Assert.Single((await http.GetClient(scin)).RiskFlags);
        Assert.Equal(("ThreatOfSuicide", "Said they could not go on", "Carys Evans (100001)"), (flag.Kind, flag.Note, flag.RecordedBy));
    }

    [Fact]
    public async Task CON06_domestic_violence_withholds_the_client_from_the_other_parents_record()
    {
        var http = await app.LoginAs("caseworker");
        var atRisk = await app.AddClientAsync(ClientRole.ReceivingParent, name: "Alex Atrisk");
        var other = await app.AddClientAsync(ClientRole.PayingParent, name: "Pat Payer");
        await app.AddCaseAsync(other, atRisk);
        var shownBefore = Assert.Single((await http.GetClient(other)).Cases);

        var recorded = await http.TryRecordRisk(atRisk, "DomesticViolence", "Fled the home").ReadOk<RiskRecordedView>(HttpStatusCode.Created);

        var text = await http.GetClientText(other);
        var shownAfter = Assert.Single((await http.GetClient(other)).Cases);
        Assert.Equal((atRisk, false), (shownBefore.OtherParentScin, shownBefore.OtherParentWithheld));
        Assert.True(recorded.RestrictsDisclosure && !recorded.ReferredToTeamLeader);
        Assert.True(shownAfter.OtherParentWithheld);
        Assert.DoesNotContain(atRisk, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Atrisk", text, StringComparison.Ordinal);
        Assert.Empty(await app.TasksFor(atRisk));
    }

    [Fact]
    public async Task SEC04_client_record_shows_no_secret()
    {
        var http = await app.LoginAs("caseworker");
        var scin = ClientScins.Next();
        await app.AddClient(scin, ClientRole.PayingParent);

        var text = await http.GetClientText(scin);

        Assert.True((await http.GetClient(scin)).SecuritySetUp);
        Assert.DoesNotContain(DemoSecrets.Pin, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kittiwake", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("salt", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CON06_refused_risk_records_nothing()
    {
        var http = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");
        var scin = await app.AddClientAsync();

        (await app.Anonymous().TryRecordRisk(scin, "ThreatOfSuicide", "x")).AssertUnauthorized();
        await (await team.TryRecordRisk(scin, "ThreatOfSuicide", "x")).AssertProblem(HttpStatusCode.Forbidden);
        await (await http.TryRecordRisk(scin, "Grumpiness", " ")).AssertProblem(HttpStatusCode.BadRequest, "kind", "note");
        await (await http.TryRecordRisk("799999998", "ThreatOfSuicide", "x")).AssertProblem(HttpStatusCode.NotFound);
        await (await http.GetAsync(new Uri(ClientApi.Client("799999998"), UriKind.Relative))).AssertProblem(HttpStatusCode.NotFound);

        var client = await http.GetClient(scin);
        Assert.Empty(client.RiskFlags);
        Assert.Equal(0, client.Version);
        Assert.Empty(await app.TasksFor(scin));
    }
}

public sealed class RiskFlagTests_Sqlite(SqliteFactory app) : RiskFlagTests(app), IClassFixture<SqliteFactory>;

public sealed class RiskFlagTests_Postgres(PostgresFactory app) : RiskFlagTests(app), IClassFixture<PostgresFactory>;

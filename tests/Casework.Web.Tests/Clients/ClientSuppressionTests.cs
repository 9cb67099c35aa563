using System.Net;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;

namespace Casework.Web.Tests.Clients;

/// <summary>
/// CON-04 on a client: no new letter, a letter queued before suppression is cancelled by the real end-of-day batch
/// with the reason (cancelled, not held: the recipient has died, so the letter must never go), and no outbound call.
/// </summary>
public abstract class ClientSuppressionTests(CaseworkFactory app)
{
    [Fact]
    public async Task CON04_suppression_after_queueing_cancels_the_clients_letter_at_the_batch_and_others_still_go()
    {
        var http = await app.LoginAs("caseworker");
        var leader = await app.LoginAs("teamleader");
        var (suppressed, other) = (await app.AddClientAsync(), await app.AddClientAsync());
        var held = await http.TryQueueClientLetter(suppressed).ReadOk<ClientLetterView>(HttpStatusCode.Created);
        var goes = await http.TryQueueClientLetter(other).ReadOk<ClientLetterView>(HttpStatusCode.Created);
        await http.TrySuppress(suppressed, "Client has died").ReadOk<ClientView>();

        await leader.RunBatch();

        var after = Assert.Single(await http.ClientLetters(suppressed));
        Assert.Equal((held.Id, "Cancelled"), (after.Id, after.Status));
        Assert.Contains("Client has died", after.CancelledBy, StringComparison.Ordinal);
        var sent = Assert.Single(await http.ClientLetters(other));
        Assert.Equal((goes.Id, "Sent"), (sent.Id, sent.Status));
    }

    [Fact]
    public async Task CON04_a_suppressed_client_gets_no_new_letter_and_no_outbound_call()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await app.AddClientAsync();
        var allowed = await http.Post(ClientApi.Client(scin, "/outbound-call-check"), new { reason = "GatherInformation" })
            .ReadOk<OutboundCallView>();
        await http.TrySuppress(scin, "Qualifying child has died").ReadOk<ClientView>();

        var letter = await (await http.TryQueueClientLetter(scin)).AssertProblem(HttpStatusCode.UnprocessableEntity);
        var call = await (await http.Post(ClientApi.Client(scin, "/outbound-call-check"), new { reason = "GatherInformation" }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.True(allowed.CallNeeded);
        Assert.Contains("Qualifying child has died", letter.Detail, StringComparison.Ordinal);
        Assert.Contains("CON-04", call.Detail, StringComparison.Ordinal);
        Assert.Empty(await http.ClientLetters(scin));
    }

    [Fact]
    public async Task CON04_lifting_suppression_allows_letters_again_and_is_audited()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await app.AddClientAsync();
        await http.TrySuppress(scin, "Recorded in error").ReadOk<ClientView>();

        var lifted = await http.TryLift(scin).ReadOk<ClientView>();
        var letter = await http.TryQueueClientLetter(scin).ReadOk<ClientLetterView>(HttpStatusCode.Created);

        Assert.Null(lifted.ContactSuppressedBecause);
        Assert.Equal("Queued", letter.Status);
        Assert.Equal(2, await app.AuditCount($"Client {scin}"));
    }

    [Fact]
    public async Task CON04_refused_suppression_changes_nothing()
    {
        var http = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");
        var scin = await app.AddClientAsync();
        var before = await http.GetClientText(scin);

        (await app.Anonymous().TrySuppress(scin, "x")).AssertUnauthorized();
        await (await team.TrySuppress(scin, "x")).AssertProblem(HttpStatusCode.Forbidden);
        await (await http.TrySuppress(scin, " ")).AssertProblem(HttpStatusCode.BadRequest, "reason");
        await (await http.TryLift(scin)).AssertProblem(HttpStatusCode.Conflict);
        await (await http.TrySuppress("799999999", "x")).AssertProblem(HttpStatusCode.NotFound);
        await (await http.Post(ClientApi.Client(scin, "/outbound-call-check"), new { reason = "Chat" })).AssertProblem(HttpStatusCode.BadRequest, "reason");

        Assert.Equal(before, await http.GetClientText(scin));
        Assert.Equal(0, await app.AuditCount($"Client {scin}"));
    }
}

public sealed record OutboundCallView(bool CallNeeded, string Rule);

public sealed class ClientSuppressionTests_Sqlite(SqliteFactory app) : ClientSuppressionTests(app), IClassFixture<SqliteFactory>;

public sealed class ClientSuppressionTests_Postgres(PostgresFactory app) : ClientSuppressionTests(app), IClassFixture<PostgresFactory>;

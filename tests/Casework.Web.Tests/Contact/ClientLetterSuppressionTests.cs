using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Infrastructure.Letters;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Contact;

public sealed record ClientView(string Scin, string Name, string Role, string? ContactSuppressedBecause, bool RestrictsDisclosure, int Version);

/// <summary>CON-04 for clients: suppression stops a letter already queued, at the batch, and refuses new ones.</summary>
public abstract class ClientLetterSuppressionTests(CaseworkFactory app)
{
    // Any letter will do: the rule is about the recipient, not the wording.
    private static readonly Dictionary<string, string> _fields = new()
    {
        ["caseworkerName"] = "Carys Evans",
        ["complaintReference"] = "SR00000000",
        ["employerName"] = "Not an employer",
    };

    private static readonly Actor _caseworker = new("100001", "Carys Evans", "EMPLOYER-PAYMENTS", new HashSet<string>());

    [Fact]
    public async Task CON04_suppressing_a_client_withdraws_their_queued_letter_at_the_batch_and_others_still_go()
    {
        await app.AddClient("700700001", ClientRole.PayingParent);
        await app.AddClient("700700002", ClientRole.PayingParent);
        var suppressedLetter = await QueueFor("700700001");
        var otherLetter = await QueueFor("700700002");
        var http = await app.LoginAs("caseworker");
        await (await http.Post("/api/clients/700700001/contact-suppression", new { reason = "Client has died" })).Read<ClientView>(System.Net.HttpStatusCode.OK);

        await (await app.LoginAs("teamleader")).RunBatch();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var withdrawn = await db.Letters.AsNoTracking().SingleAsync(l => l.Id == suppressedLetter);
        var sent = await db.Letters.AsNoTracking().SingleAsync(l => l.Id == otherLetter);
        Assert.Equal(LetterStatus.Cancelled, withdrawn.Status);
        Assert.Contains("Client has died", withdrawn.CancelledBy, StringComparison.Ordinal);
        Assert.Equal(LetterStatus.Sent, sent.Status);
    }

    [Fact]
    public async Task CON04_no_new_letter_is_queued_for_a_suppressed_client()
    {
        await app.AddClient("700700003", ClientRole.ReceivingParent);
        await (await (await app.LoginAs("caseworker")).Post("/api/clients/700700003/contact-suppression", new { reason = "Qualifying child has died" }))
            .Read<ClientView>(System.Net.HttpStatusCode.OK);

        await using var scope = app.Services.CreateAsyncScope();
        var recipient = (await scope.ServiceProvider.GetRequiredService<LetterRecipients>().ForClientAsync("700700003", CancellationToken.None)).Value!;
        var queued = scope.ServiceProvider.GetRequiredService<LetterOutbox>()
            .Queue("CMSL8500", recipient, null, _fields, [], null, _caseworker);

        Assert.IsType<RuleBroken>(queued.Refusal);
    }

    /// <summary>No API sends a client a letter yet, so the letter is queued through the app's own outbox.</summary>
    private async Task<int> QueueFor(string scin)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var recipient = (await scope.ServiceProvider.GetRequiredService<LetterRecipients>().ForClientAsync(scin, CancellationToken.None)).Value!;
        var queued = scope.ServiceProvider.GetRequiredService<LetterOutbox>().Queue("CMSL8500", recipient, null, _fields, [], null, _caseworker);
        Assert.True(queued.IsSuccess, queued.Refusal?.Reason);
        await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().SaveChangesAsync();
        return queued.Value!.Id;
    }
}

public sealed class ClientLetterSuppressionTests_Sqlite(SqliteFactory app) : ClientLetterSuppressionTests(app), IClassFixture<SqliteFactory>;

public sealed class ClientLetterSuppressionTests_Postgres(PostgresFactory app) : ClientLetterSuppressionTests(app), IClassFixture<PostgresFactory>;

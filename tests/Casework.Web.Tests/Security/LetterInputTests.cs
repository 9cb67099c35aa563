using System.Net;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Security;

/// <summary>Issue 10 item 1: letter input is capped (400 naming the field) and one bad letter does not stop the batch.</summary>
public abstract class LetterInputTests(CaseworkFactory app)
{
    [Fact]
    public async Task Free_text_over_the_cap_is_400_naming_freeText_and_queues_nothing()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();

        var response = await http.TryQueueLetter(new { serviceRequest = sr.Reference, code = LetterApi.Standard, freeText = new string('w', 5000) });

        await response.AssertProblem(HttpStatusCode.BadRequest, "freeText");
        Assert.Empty(await http.LettersFor(sr.Reference));
    }

    [Fact]
    public async Task A_letter_field_over_the_cap_is_400_naming_that_field_on_both_letter_routes()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var longName = new Dictionary<string, string> { ["employerName"] = new string('n', 501) };

        await (await http.TryQueueLetter(new { serviceRequest = sr.Reference, code = LetterApi.Standard, fields = longName }))
            .AssertProblem(HttpStatusCode.BadRequest, "fields.employerName");
        await (await http.Post("/api/clients/700000001/letters", new { code = "CMSL8003", fields = longName }))
            .AssertProblem(HttpStatusCode.BadRequest, "fields.employerName");
        Assert.Empty(await http.LettersFor(sr.Reference));
    }

    [Fact]
    public async Task A_letter_that_cannot_be_rendered_is_left_queued_and_the_rest_of_the_batch_is_sent()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        var bad = await caseworker.QueueLetter(sr.Reference);
        var good = await caseworker.QueueLetter(sr.Reference);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            await db.Letters.Where(l => l.Id == bad.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.ContentJson, "{ not a letter"));
        }

        var teamLeader = await app.LoginAs("teamleader");
        var run = await (await teamLeader.Post("/api/letters/batch")).Read<BatchView>(HttpStatusCode.OK);

        Assert.True(run.Ran);
        Assert.Equal("Sent", (await caseworker.Letter(sr.Reference, good.Id)).Status);
        Assert.Equal("Queued", (await caseworker.Letter(sr.Reference, bad.Id)).Status);
        await caseworker.CancelLetter(bad.Id);
    }
}

public sealed class LetterInputTests_Sqlite(SqliteFactory app) : LetterInputTests(app), IClassFixture<SqliteFactory>;

public sealed class LetterInputTests_Postgres(PostgresFactory app) : LetterInputTests(app), IClassFixture<PostgresFactory>;

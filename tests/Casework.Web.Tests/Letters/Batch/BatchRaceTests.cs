using System.Net;
using System.Net.Http.Headers;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Infrastructure.Letters;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Casework.Web.Tests.Letters.Batch;

/// <summary>
/// COR-02 in process, on each database: several batch requests at the same moment on one app. The database lease lets
/// one run; the letters still go out exactly once. (ExactlyOnceTests does the same with real processes.)
/// </summary>
public abstract class BatchRaceTests(CaseworkFactory app)
{
    [Fact]
    public async Task COR02_batches_started_at_the_same_moment_send_every_letter_exactly_once()
    {
        const int letters = 40;
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await caseworker.RaiseSr();
        var ids = new List<int>();
        for (var i = 0; i < letters; i++)
        {
            ids.Add((await caseworker.QueueLetter(sr.Reference)).Id);
        }

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = Enumerable.Range(0, 4).Select(async _ =>
        {
            await go.Task;
            return await teamLeader.RunBatch();
        }).ToList();
        go.SetResult();
        var raced = await Task.WhenAll(racing);
        var drain = await teamLeader.RunBatch();
        var runs = raced.Append(drain).ToList();

        Assert.Contains(raced, r => r.Ran);
        Assert.True(drain.Ran);
        Assert.Equal(0, drain.StillQueued);
        Assert.Equal(letters, runs.Sum(r => r.Sent));
        Assert.All(runs.Where(r => !r.Ran), r => Assert.Equal(0, r.Sent));
        Assert.All(await caseworker.LettersFor(sr.Reference), l => Assert.Equal("Sent", l.Status));
        new Outbox(app.OutboxFolder).AssertDeliveredExactlyOnce(ids);

        await using var scope = app.Services.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Letters.AsNoTracking()
            .Where(l => ids.Contains(l.Id)).Select(l => new { l.Id, l.BatchId }).ToListAsync();
        Assert.All(sent, l => Assert.Contains(l.BatchId, runs.Where(r => r.Ran).Select(r => r.BatchId)));
        Assert.All(runs, r => Assert.Equal(r.Sent, sent.Count(l => l.BatchId == r.BatchId)));
    }

    [Fact]
    public async Task COR02_a_letter_delivered_by_a_run_that_died_before_recording_it_is_not_delivered_twice()
    {
        // A run that died between delivering a letter and marking it Sent leaves its file (and maybe its manifest
        // line); the next run must finish the job without a second file or a second manifest line.
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await caseworker.RaiseSr();
        var withLine = await caseworker.QueueLetter(sr.Reference);
        var withoutLine = await caseworker.QueueLetter(sr.Reference);
        await DeliverWithoutRecordingAsync(withLine.Id, keepManifestLine: true);
        await DeliverWithoutRecordingAsync(withoutLine.Id, keepManifestLine: false);
        Assert.Equal("Queued", (await caseworker.Letter(sr.Reference, withLine.Id)).Status);

        var run = await teamLeader.RunBatch();

        Assert.True(run.Ran);
        Assert.All(await caseworker.LettersFor(sr.Reference), l => Assert.Equal("Sent", l.Status));
        new Outbox(app.OutboxFolder).AssertDeliveredExactlyOnce([withLine.Id, withoutLine.Id]);
    }

    [Fact]
    public async Task COR02_a_letter_cancelled_while_the_batch_is_running_is_either_refused_or_never_delivered()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeaderToken = (await app.LoginAs("teamleader")).DefaultRequestHeaders.Authorization!.Parameter!;
        var sr = await caseworker.RaiseSr();
        var first = await caseworker.QueueLetter(sr.Reference);
        var second = await caseworker.QueueLetter(sr.Reference);

        // A second node on the same database whose delivery target lets the caseworker cancel the second letter
        // (on the first node) while the batch is delivering the first: the batch has picked both up by then.
        HttpResponseMessage? cancel = null;
        await using var node = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ILetterDeliveryTarget>();
            services.AddSingleton<ILetterDeliveryTarget>(sp => new BeforeDelivering(
                ActivatorUtilities.CreateInstance<FolderDeliveryTarget>(sp),
                first.Id,
                async () => cancel = await caseworker.TryCancelLetter(second.Id)));
        }));
        using var teamLeader = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        teamLeader.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", teamLeaderToken);

        using var run = await teamLeader.TryRunBatch();

        var runBody = await run.Content.ReadAsStringAsync();
        Assert.NotNull(cancel);
        var outbox = new Outbox(app.OutboxFolder);
        var letters = (await caseworker.LettersFor(sr.Reference)).ToDictionary(l => l.Id);
        var batch = $"the batch answered {(int)run.StatusCode} {runBody}";
        if (cancel.StatusCode == HttpStatusCode.OK)
        {
            // The caseworker was told it is cancelled: then it must not go out.
            Assert.Equal("Cancelled", letters[second.Id].Status);
            Assert.False(
                outbox.LetterFiles().Select(Outbox.IdOf).Contains(second.Id) || outbox.ManifestIds().Contains(second.Id),
                $"Letter {second.Id} was cancelled (200) while the batch ran, but was delivered all the same; {batch}");
        }
        else
        {
            // Refused because the batch has it: then it goes out, once.
            await cancel.AssertProblem(HttpStatusCode.Conflict);
            Assert.Equal("Sent", letters[second.Id].Status);
            outbox.AssertDeliveredExactlyOnce([second.Id]);
        }

        Assert.True(run.StatusCode == HttpStatusCode.OK, batch);
        Assert.Equal("Sent", letters[first.Id].Status);
    }

    /// <summary>The app's delivery target, running <paramref name="hook"/> just before it delivers letter <paramref name="letterId"/>.</summary>
    private sealed class BeforeDelivering(ILetterDeliveryTarget inner, int letterId, Func<Task> hook) : ILetterDeliveryTarget
    {
        public async Task DeliverAsync(Letter letter, LetterDocument document, CancellationToken ct)
        {
            if (letter.Id == letterId)
            {
                await hook();
            }

            await inner.DeliverAsync(letter, document, ct);
        }
    }

    /// <summary>Delivers a queued letter through the app's own delivery target, as a run would, but records nothing.</summary>
    private async Task DeliverWithoutRecordingAsync(int id, bool keepManifestLine)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var letter = await services.GetRequiredService<CaseworkDbContext>().Letters.AsNoTracking().SingleAsync(l => l.Id == id);
        var document = services.GetRequiredService<Casework.Web.Infrastructure.Letters.LetterDocuments>().Render(letter);
        await services.GetRequiredService<Casework.Web.Infrastructure.Letters.ILetterDeliveryTarget>().DeliverAsync(letter, document, CancellationToken.None);
        if (!keepManifestLine)
        {
            var manifest = Path.Combine(app.OutboxFolder, "manifest.tsv");
            var prefix = id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t";
            await File.WriteAllLinesAsync(manifest, (await File.ReadAllLinesAsync(manifest)).Where(l => !l.StartsWith(prefix, StringComparison.Ordinal)));
        }
    }
}

public sealed class BatchRaceTests_Sqlite(SqliteFactory app) : BatchRaceTests(app), IClassFixture<SqliteFactory>;

public sealed class BatchRaceTests_Postgres(PostgresFactory app) : BatchRaceTests(app), IClassFixture<PostgresFactory>;

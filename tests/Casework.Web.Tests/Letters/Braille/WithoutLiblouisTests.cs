using System.Net;
using System.Text.Json;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Casework.Web.Tests.Letters.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Letters.Braille;

/// <summary>
/// OPS-01 on a machine without liblouis (configured here as a library that does not exist): the app starts, /health
/// says Degraded with the reason, a braille letter's preview says it cannot be produced yet, the batch sends the other
/// letters and leaves it queued, and nothing answers 500.
/// </summary>
public abstract class WithoutLiblouisTests(CaseworkFactory app)
{
    public const string MissingLibrary = "liblouis-not-installed.so.99";

    [Fact]
    public async Task OPS01_without_liblouis_health_is_degraded_with_the_reason()
    {
        using var anonymous = app.Anonymous();
        using var response = await anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var braille = health.GetProperty("checks").GetProperty("braille");
        Assert.Equal("Degraded", braille.GetProperty("status").GetString());
        Assert.Contains(MissingLibrary, braille.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OPS01_without_liblouis_a_braille_letter_says_it_cannot_be_produced_yet_and_stays_queued()
    {
        // SEC-10: a caseworker raises the SRs and queues the letters (team leaders do not raise SRs).
        var http = await app.LoginAs("caseworker");
        var brailleSr = await http.RaiseSr(employerErn: await BrailleEmployerAsync(http));
        var braille = await http.QueueLetter(brailleSr.Reference);
        var printSr = await http.RaiseSr();
        var print = await http.QueueLetter(printSr.Reference);

        using var document = await http.GetAsync($"/api/letters/{braille.Id}/document");
        Assert.Equal(HttpStatusCode.Conflict, document.StatusCode);
        Assert.Contains("cannot be produced yet", await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await PageSession.SignInAsync(app, "teamleader");
        var preview = await page.GetHtmlAsync($"/ServiceRequests/{brailleSr.Reference}?handler=Letter&letter={braille.Id}");
        Assert.Contains("cannot be produced yet", preview, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", preview, StringComparison.Ordinal);

        var batch = await (await app.LoginAs("teamleader")).RunBatch();
        Assert.True(batch.Ran);
        Assert.Equal("Sent", (await http.Letter(printSr.Reference, print.Id)).Status);
        Assert.Equal("Queued", (await http.Letter(brailleSr.Reference, braille.Id)).Status);
        Assert.True(batch.StillQueued >= 1);
        Assert.False(File.Exists(Path.Combine(app.OutboxFolder, $"{braille.Id:D8}-{braille.Code}.brf")));
    }

    private async Task<string> BrailleEmployerAsync(HttpClient http)
    {
        var ern = (await http.CreateEmployer("Braille Without Louis Ltd")).Ern;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        (await db.Employers.SingleAsync(e => e.Ern == ern)).UseLetterFormat(LetterFormat.Braille);
        await db.SaveChangesAsync();
        return ern;
    }
}

/// <summary>The app with liblouis configured as a library that is not there.</summary>
public class WithoutLiblouisFactory(DatabaseProvider provider) : CaseworkFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Casework:Letters:BrailleLibrary", WithoutLiblouisTests.MissingLibrary);
    }
}

public sealed class WithoutLiblouisSqliteFactory() : WithoutLiblouisFactory(DatabaseProvider.Sqlite);

public sealed class WithoutLiblouisPostgresFactory() : WithoutLiblouisFactory(DatabaseProvider.Postgres);

public sealed class WithoutLiblouisTests_Sqlite(WithoutLiblouisSqliteFactory app) : WithoutLiblouisTests(app), IClassFixture<WithoutLiblouisSqliteFactory>;

public sealed class WithoutLiblouisTests_Postgres(WithoutLiblouisPostgresFactory app) : WithoutLiblouisTests(app), IClassFixture<WithoutLiblouisPostgresFactory>;

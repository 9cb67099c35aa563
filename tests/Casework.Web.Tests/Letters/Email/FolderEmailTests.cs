using System.Net;
using Casework.Web.Infrastructure.Letters.Email;
using Casework.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Casework.Web.Tests.Letters.Email;

/// <summary>SEC-07 with no SMTP host configured: the e-mail is written as a .eml file into the letters outbox folder.</summary>
public abstract class FolderEmailTests(CaseworkFactory app)
{
    [Fact]
    public async Task SEC07_with_no_mail_server_the_identity_email_is_written_to_the_outbox_as_an_eml_file()
    {
        Assert.IsType<FolderEmailSender>(app.Services.GetRequiredService<IEmailSender>());
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Folder Drop Ltd");

        var sent = await http.SendIdentityEmail(employer.Ern);

        var file = Assert.Single(Directory.GetFiles(app.OutboxFolder, "*.eml"));
        using var message = MimeMessage.Load(file);
        Assert.Equal(IdentityEmailApi.Subject, message.Subject);
        Assert.Equal(IdentityEmailApi.Inbox, Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(employer.Email, Assert.Single(message.To.Mailboxes).Address);
        Assert.Contains("Folder Drop Ltd", message.TextBody, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(app.OutboxFolder, "*.partial"));

        var line = Assert.Single(await File.ReadAllLinesAsync(Path.Combine(app.OutboxFolder, FolderEmailSender.ManifestName)));
        Assert.Equal([Path.GetFileName(file), "IDEMAIL", employer.Ern, employer.Email!, IdentityEmailApi.Subject], line.Split('\t'));
        Assert.Equal(employer.Email, (await app.LetterRecord(sent.Id))!.RecipientEmail);
    }

    [Fact]
    public async Task SEC07_a_refused_address_writes_no_file()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Folder Refusal Ltd");
        var before = EmlFiles();

        await (await http.TrySendIdentityEmail(employer.Ern, new { email = "nope" })).AssertProblem(HttpStatusCode.BadRequest, "email");

        Assert.Equal(before, EmlFiles());
    }

    private int EmlFiles() => Directory.Exists(app.OutboxFolder) ? Directory.GetFiles(app.OutboxFolder, "*.eml").Length : 0;
}

public sealed class FolderEmailTests_Sqlite(SqliteFactory app) : FolderEmailTests(app), IClassFixture<SqliteFactory>;

public sealed class FolderEmailTests_Postgres(PostgresFactory app) : FolderEmailTests(app), IClassFixture<PostgresFactory>;

using System.Net;
using Casework.Domain.Correspondence;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using MimeKit;

namespace Casework.Web.Tests.Letters.Email;

/// <summary>
/// SEC-07 over HTTP against a real SMTP conversation: the identity e-mail goes out at once from the designated
/// inbox with the fixed subject, and the send is recorded as a Sent IDEMAIL letter naming the address. Each test
/// uses an employer of its own with a unique address, so the fake server's messages are told apart by recipient.
/// </summary>
public abstract partial class IdentityEmailTests(SmtpFactory app)
{
    public static TheoryData<string> BadAddresses => ["not-an-email", "payroll@", "Payroll <payroll@example.org>", "a@example.org, b@example.org"];

    [Fact]
    public async Task SEC07_identity_email_has_the_fixed_subject_and_comes_from_the_designated_inbox()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Inbox Test Ltd");

        var sent = await http.SendIdentityEmail(employer.Ern);

        var received = Assert.Single(app.Smtp.SentTo(employer.Email!));
        Assert.Equal(IdentityEmailApi.Inbox, received.MailFrom);
        Assert.Equal([employer.Email!], received.Recipients);
        var message = received.Parse();
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(IdentityEmailApi.Inbox, from.Address);
        Assert.Equal(employer.Email, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal(IdentityEmailApi.Subject, message.Subject);
        Assert.Equal(IdentityEmailApi.Subject, sent.Subject);
        Assert.Equal("IDEMAIL", sent.Code);
        Assert.Equal(employer.Email, sent.SentTo);
        Assert.Equal(app.Clock.GetUtcNow(), sent.SentAt);
    }

    [Fact]
    public async Task SEC07_identity_email_body_is_the_fixed_wording_with_the_employer_and_caseworker_names()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Wording Test Ltd");

        await http.SendIdentityEmail(employer.Ern);

        var body = Assert.Single(app.Smtp.SentTo(employer.Email!)).Parse().TextBody ?? string.Empty;
        Assert.StartsWith("Dear Wording Test Ltd", body, StringComparison.Ordinal);
        Assert.Contains(
            $"We're sending you this email to confirm that the person you're speaking to on the phone, {IdentityEmailApi.CaseworkerName}, works for the Child Maintenance Service.",
            body, StringComparison.Ordinal);
        Assert.Contains("Do not reply to this email", body, StringComparison.Ordinal);
        Assert.Contains("We do not read replies to this email address.", body, StringComparison.Ordinal);
        Assert.EndsWith("Child Maintenance Service", body.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("{{", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SEC07_the_send_is_recorded_as_a_sent_IDEMAIL_letter_with_the_address_and_the_batch_leaves_it_alone()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Record Test Ltd");

        var sent = await http.SendIdentityEmail(employer.Ern);

        var letter = await app.LetterRecord(sent.Id);
        Assert.NotNull(letter);
        Assert.Equal("IDEMAIL", letter.Code);
        Assert.Equal(LetterStatus.Sent, letter.Status);
        Assert.Equal(employer.Email, letter.RecipientEmail);
        Assert.Equal(employer.Ern, letter.RecipientReference);
        Assert.Equal("Employer", letter.RecipientKind);
        Assert.Equal(IdentityEmailApi.CaseworkerName, letter.CreatedBy);
        Assert.Null(letter.ServiceRequestReference);
        Assert.Equal(sent.SentAt, letter.SentAt);
        Assert.StartsWith("immediate:", letter.BatchId, StringComparison.Ordinal);

        // Sent already, so it is not in the queue and the end-of-day batch does not send it again.
        Assert.DoesNotContain(sent.Id, (await http.Get<List<LetterView>>("/api/letters")).Select(l => l.Id));
        var leader = await app.LoginAs("teamleader");
        await (await leader.Post("/api/letters/batch")).Read<BatchView>(HttpStatusCode.OK);
        Assert.Equal(letter.BatchId, (await app.LetterRecord(sent.Id))!.BatchId);
        Assert.Single(app.Smtp.SentTo(employer.Email!));
    }

    [Fact]
    public async Task SEC07_an_address_given_on_the_call_is_used_instead_of_the_one_on_record()
    {
        var http = await app.LoginAs("teamleader");
        var employer = await http.NewEmployer("Other Address Ltd");
        var given = $"  director.{Guid.NewGuid():N}@example.com ";

        var sent = await http.SendIdentityEmail(employer.Ern, new { email = given });

        Assert.Equal(given.Trim(), sent.SentTo);
        Assert.Single(app.Smtp.SentTo(given.Trim()));
        Assert.Empty(app.Smtp.SentTo(employer.Email!));
        Assert.Equal(given.Trim(), (await app.LetterRecord(sent.Id))!.RecipientEmail);
    }

    [Fact]
    public async Task SEC07_a_welsh_speaking_employer_gets_the_welsh_email_with_its_fixed_subject()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Cwmni Prawf Cyf", welsh: true);

        var sent = await http.SendIdentityEmail(employer.Ern);

        var message = Assert.Single(app.Smtp.SentTo(employer.Email!)).Parse();
        Assert.Equal(IdentityEmailApi.WelshSubject, message.Subject);
        Assert.Equal(IdentityEmailApi.WelshSubject, sent.Subject);
        Assert.StartsWith("Annwyl Cwmni Prawf Cyf", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(LetterLanguage.Welsh, (await app.LetterRecord(sent.Id))!.Language);
    }

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task SEC07_a_badly_formed_address_is_refused_and_nothing_is_sent_or_recorded(string email)
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Bad Address Ltd");
        var letters = await app.LetterCount();
        var messages = app.Smtp.Received.Count;

        await (await http.TrySendIdentityEmail(employer.Ern, new { email })).AssertProblem(HttpStatusCode.BadRequest, "email");

        Assert.Equal(letters, await app.LetterCount());
        Assert.Equal(messages, app.Smtp.Received.Count);
    }

    [Fact]
    public async Task SEC07_with_no_address_given_and_none_on_record_the_caseworker_is_asked_for_one()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("No Email Ltd", hasEmail: false);
        var letters = await app.LetterCount();
        var messages = app.Smtp.Received.Count;

        await (await http.TrySendIdentityEmail(employer.Ern, new { email = "  " })).AssertProblem(HttpStatusCode.BadRequest, "email");
        await (await http.TrySendIdentityEmail(employer.Ern)).AssertProblem(HttpStatusCode.BadRequest, "email");

        Assert.Equal(letters, await app.LetterCount());
        Assert.Equal(messages, app.Smtp.Received.Count);
    }

    [Fact]
    public async Task SEC07_when_the_mail_server_is_down_the_answer_is_502_and_nothing_is_recorded()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Server Down Ltd");
        var letters = await app.LetterCount();

        app.Smtp.Stop();
        HttpResponseMessage response;
        try
        {
            response = await http.TrySendIdentityEmail(employer.Ern);
        }
        finally
        {
            app.Smtp.Start();
        }

        var problem = await response.AssertProblem(HttpStatusCode.BadGateway);
        Assert.Contains(employer.Email!, problem.Detail, StringComparison.Ordinal);
        Assert.Contains("could not be sent", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(letters, await app.LetterCount());
        Assert.Empty(app.Smtp.SentTo(employer.Email!));

        // Back up again: the caseworker's retry goes through.
        await http.SendIdentityEmail(employer.Ern);
        Assert.Single(app.Smtp.SentTo(employer.Email!));
    }

    [Fact]
    public async Task SEC07_an_empty_json_body_uses_the_address_on_record_and_a_body_that_is_not_json_is_400()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Body Shapes Ltd");

        Assert.Equal(employer.Email, (await http.SendIdentityEmail(employer.Ern, new { })).SentTo);
        using var text = new StringContent("payroll@example.org");
        await (await http.PostAsync(IdentityEmailApi.Url(employer.Ern), text)).AssertProblem(HttpStatusCode.BadRequest, "body");
        using var broken = new StringContent("{\"email\":", System.Text.Encoding.UTF8, "application/json");
        await (await http.PostAsync(IdentityEmailApi.Url(employer.Ern), broken)).AssertProblem(HttpStatusCode.BadRequest, "body");

        Assert.Single(app.Smtp.SentTo(employer.Email!));
    }

    [Fact]
    public async Task SEC07_CON04_no_identity_email_goes_to_an_employer_whose_contact_is_suppressed()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Suppressed Email Ltd");
        (await http.Post($"/api/employers/{employer.Ern}/contact-suppression", new { reason = "Business owner has died" })).EnsureSuccessStatusCode();
        var letters = await app.LetterCount();

        var problem = await (await http.TrySendIdentityEmail(employer.Ern)).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Business owner has died", problem.Detail, StringComparison.Ordinal);
        Assert.Empty(app.Smtp.SentTo(employer.Email!));
        Assert.Equal(letters, await app.LetterCount());
    }

    [Fact]
    public async Task SEC07_an_unknown_employer_is_404_and_nothing_is_sent()
    {
        var http = await app.LoginAs("caseworker");
        var messages = app.Smtp.Received.Count;

        await (await http.TrySendIdentityEmail("99999999", new { email = "someone@example.org" })).AssertProblem(HttpStatusCode.NotFound);

        Assert.Equal(messages, app.Smtp.Received.Count);
    }

    [Fact]
    public async Task SEC07_sending_needs_a_signed_in_caseworker_or_team_leader()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.NewEmployer("Who May Send Ltd");

        (await app.Anonymous().TrySendIdentityEmail(employer.Ern)).AssertUnauthorized();
        var complaints = await app.LoginAs("complaintsreview");
        Assert.Equal(HttpStatusCode.Forbidden, (await complaints.TrySendIdentityEmail(employer.Ern)).StatusCode);

        Assert.Empty(app.Smtp.SentTo(employer.Email!));
    }
}

public sealed class IdentityEmailTests_Sqlite(SmtpSqliteFactory app) : IdentityEmailTests(app), IClassFixture<SmtpSqliteFactory>;

public sealed class IdentityEmailTests_Postgres(SmtpPostgresFactory app) : IdentityEmailTests(app), IClassFixture<SmtpPostgresFactory>;

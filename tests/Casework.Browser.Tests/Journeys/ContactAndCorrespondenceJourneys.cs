using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using MimeKit;
using PdfSharp.Pdf;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// Contact and correspondence outside the letters table: the identity e-mail sent while the employer is on the phone
/// (SEC-07), a CMSL2040 re-issue requested from the employer page (COR-07), and a scanned PDF linked to an SR and
/// viewed again (COR-06). Each journey uses an employer no other journey touches.
/// </summary>
public sealed partial class ContactAndCorrespondenceJourneys : JourneyTests
{
    private const string IdentityErn = "10000009";
    private const string IdentityEmployer = "Northgate Security Services";
    private const string IdentityOnRecord = "payroll@northgate-security.example";

    private const string ReissueErn = "10000008";
    private const string ReissueEmployer = "Northgate Bakeries Ltd";

    private const string InboundErn = "10000045";
    private const string InboundEmployer = "Severn Security Services";

    private readonly CaseworkApp _app;

    public ContactAndCorrespondenceJourneys(CaseworkApp app, ITestOutputHelper output)
        : base(app, output) => _app = app;

    [Fact]
    public Task SEC07_caseworker_sends_the_identity_email_to_the_address_the_employer_gives_on_the_phone() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        await caseworker.OpenEmployerAsync(IdentityErn, IdentityEmployer);
        await Expect(caseworker.SummaryValue("Preferred language")).ToHaveTextAsync("English");
        var panel = IdentityPanel(caseworker);
        var address = panel.GetByLabel("Employer's e-mail address");
        // Prefilled with the e-mail on record.
        await Expect(address).ToHaveValueAsync(IdentityOnRecord);
        await journey.SnapAsync(caseworker, "identity-panel");

        // A display name is not one bare address: refused, and nothing is sent.
        const string given = "sec07.payroll@northgate-security.example";
        await address.FillAsync($"Payroll <{given}>");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Send identity e-mail" }).ClickAsync();
        await Expect(caseworker.ErrorSummary()).ToContainTextAsync("Enter an email address in the correct format, like name@example.com.");
        await Expect(IdentityPanel(caseworker)).ToContainTextAsync("Enter an email address in the correct format, like name@example.com.");
        await Expect(caseworker.SuccessBanner()).ToHaveCountAsync(0);
        await Expect(IdentityPanel(caseworker).GetByLabel("Employer's e-mail address")).ToHaveValueAsync($"Payroll <{given}>");
        Assert.Empty(await EmailsToAsync(given));
        await journey.SnapAsync(caseworker, "identity-refused");

        await IdentityPanel(caseworker).GetByLabel("Employer's e-mail address").FillAsync(given);
        await IdentityPanel(caseworker).GetByRole(AriaRole.Button, new() { Name = "Send identity e-mail" }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync($"Identity e-mail sent to {given}");
        await Expect(caseworker.ErrorSummary()).ToHaveCountAsync(0);
        await Expect(caseworker.Heading(IdentityEmployer)).ToBeVisibleAsync();
        await Expect(IdentityPanel(caseworker).GetByLabel("Employer's e-mail address")).ToHaveValueAsync(IdentityOnRecord);
        await journey.SnapAsync(caseworker, "identity-sent");

        // No SMTP host: the e-mail is an .eml in the outbox, from the designated inbox, with the fixed subject.
        var sent = Assert.Single(await EmailsToAsync(given));
        Assert.Equal("employer.information.request@cms.example", Assert.Single(sent.From.Mailboxes).Address);
        Assert.Equal("Child Maintenance Service – Important Information – Do Not Reply via Email", sent.Subject);
        Assert.Contains($"Dear {IdentityEmployer}", sent.TextBody, StringComparison.Ordinal);
        Assert.Contains("the person you're speaking to on the phone, Carys Evans, works for the Child Maintenance Service", sent.TextBody, StringComparison.Ordinal);
        Assert.Empty(await EmailsToAsync(IdentityOnRecord));

        // Only caseworkers and team leaders send it; escalated complaints see the employer without the panel.
        var reviewer = await journey.SignInAsync("complaintsreview");
        await reviewer.GotoAsync($"/Employers/{IdentityErn}");
        await Expect(reviewer.Heading(IdentityEmployer)).ToBeVisibleAsync();
        await Expect(reviewer.GetByRole(AriaRole.Complementary, new() { Name = "Confirm who we are" })).ToHaveCountAsync(0);
        await Expect(reviewer.GetByRole(AriaRole.Link, new() { Name = "Re-issue a DEO notice (CMSL2040)" })).ToHaveCountAsync(0);
    });

    [Fact]
    public Task COR07_caseworker_requests_a_CMSL2040_reissue_for_a_listed_reason_and_the_employer_record_says_why() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        await caseworker.OpenEmployerAsync(ReissueErn, ReissueEmployer);
        await Expect(caseworker.GetByText("No notes yet.", new() { Exact = true })).ToBeVisibleAsync();
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Re-issue a DEO notice (CMSL2040)" }).ClickAsync();

        await Expect(caseworker.Heading("Re-issue a DEO notice (CMSL2040)")).ToBeVisibleAsync();
        await Expect(caseworker.GetByText($"{ReissueEmployer} (ERN {ReissueErn})", new() { Exact = true })).ToBeVisibleAsync();
        var deo = caseworker.GetByLabel("Which DEO?");
        var reasons = caseworker.GetByRole(AriaRole.Group, new() { Name = "Why is the CMSL2040 being re-issued?" });
        // The first 20 demo employers have 25 or more active DEOs, plus the "Choose a DEO" prompt.
        Assert.True(await deo.GetByRole(AriaRole.Option).CountAsync() > 25);
        await Expect(reasons.GetByRole(AriaRole.Radio)).ToHaveCountAsync(3);
        await journey.SnapAsync(caseworker, "reissue-form");

        // Both answers are asked for, not assumed.
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Request the re-issue" }).ClickAsync();
        var errors = caseworker.ErrorSummary();
        await Expect(errors).ToContainTextAsync("Choose the DEO whose CMSL2040 is to be re-issued.");
        await Expect(errors).ToContainTextAsync("Choose why the CMSL2040 is being re-issued: schedule dispute, incorrect or missing information, or FIU referral");
        await Expect(caseworker.Heading("Re-issue a DEO notice (CMSL2040)")).ToBeVisibleAsync();
        await journey.SnapAsync(caseworker, "reissue-errors");

        var chosen = await caseworker.GetByLabel("Which DEO?").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var chosenLabel = (await caseworker.GetByLabel("Which DEO?").Locator($"option[value='{Assert.Single(chosen)}']").InnerTextAsync()).Trim();
        Assert.Matches(DeoOption(), chosenLabel);
        await caseworker.GetByRole(AriaRole.Group, new() { Name = "Why is the CMSL2040 being re-issued?" })
            .GetByRole(AriaRole.Radio, new() { Name = "The initial CMSL2040 was issued with incorrect or no information", Exact = true }).CheckAsync();
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Request the re-issue" }).ClickAsync();

        // Back on the employer page: the banner, and a note that says why.
        await Expect(caseworker.Heading(ReissueEmployer)).ToBeVisibleAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("CMSL2040 re-issue queued and a note added to the employer record");
        var note = caseworker.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "CMSL2040 re-issue requested: " });
        await Expect(note).ToHaveCountAsync(1);
        await Expect(note).ToContainTextAsync("CMSL2040 re-issue requested: the initial CMSL2040 was issued with incorrect or no information");
        await Expect(note).ToContainTextAsync("Carys Evans:");
        await Expect(caseworker.GetByText("No notes yet.", new() { Exact = true })).ToHaveCountAsync(0);
        await journey.SnapAsync(caseworker, "reissue-noted");

        // The CMSL2040 waits in the team leader's letter queue, addressed to the employer.
        var leader = await journey.SignInAsync("teamleader");
        await leader.GoToMenuAsync("Letter queue");
        var queued = leader.GetByRole(AriaRole.Row)
            .Filter(new() { Has = leader.GetByRole(AriaRole.Cell, new() { Name = "CMSL2040", Exact = true }) })
            .Filter(new() { Has = leader.GetByRole(AriaRole.Cell, new() { Name = ReissueEmployer, Exact = true }) });
        await Expect(queued).ToHaveCountAsync(1);
        await Expect(queued).ToContainTextAsync("by Carys Evans");
        await journey.SnapAsync(leader, "reissue-queued");
    });

    [Fact]
    public Task COR06_caseworker_links_a_scanned_PDF_to_the_SR_and_views_it_again() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        var reference = await caseworker.RaiseServiceRequestAsync(InboundErn, InboundEmployer, "Info Requested – Send Literature");
        await Expect(caseworker.GetByText("No inbound correspondence.", new() { Exact = true })).ToBeVisibleAsync();

        const string fileName = "employer-reply.pdf";
        const string description = "Employer's reply with payroll dates";
        var received = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        var receivedShown = received.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

        // Not a PDF, whatever its name says: refused on the upload page, which keeps the other answers.
        await caseworker.GetByLabel("Link a scanned PDF (20 MB at most)").SetInputFilesAsync(new FilePayload
        {
            Name = fileName, MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("This is a text file, not a scan."),
        });
        await caseworker.FillDateAsync("Date received (optional)", received);
        await caseworker.GetByLabel("Description (optional)").FillAsync(description);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Upload and link" }).ClickAsync();

        await Expect(caseworker.Heading("Link inbound correspondence")).ToBeVisibleAsync();
        await Expect(caseworker.ErrorSummary()).ToContainTextAsync("The selected file must be a PDF.");
        await caseworker.ExpectDateAsync("Date received (optional)", received);
        await Expect(caseworker.GetByLabel("Description (optional)")).ToHaveValueAsync(description);
        await journey.SnapAsync(caseworker, "upload-refused");

        // A real PDF from the upload page goes back to the SR, listed.
        var pdf = SmallPdf();
        await caseworker.GetByLabel("Scanned PDF").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = pdf });
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Upload and link" }).ClickAsync();

        await Expect(caseworker.Heading($"Service request {reference}")).ToBeVisibleAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync($"Inbound correspondence linked: {fileName}");
        var rows = caseworker.GetByRole(AriaRole.Table, new() { Name = "Scanned inbound correspondence for this service request" })
            .Locator("tbody").GetByRole(AriaRole.Row);
        await Expect(rows).ToHaveCountAsync(1);
        var cells = rows.First.GetByRole(AriaRole.Cell);
        await Expect(cells.Nth(0)).ToContainTextAsync(fileName);
        await Expect(cells.Nth(0)).ToContainTextAsync(description);
        await Expect(cells.Nth(1)).ToHaveTextAsync(receivedShown);
        await Expect(cells.Nth(2)).ToContainTextAsync("by Carys Evans (100001)");
        await Expect(caseworker.GetByText("No inbound correspondence.", new() { Exact = true })).ToHaveCountAsync(0);
        var audit = caseworker.GetByRole(AriaRole.Table, new() { Name = "Audit trail, oldest first" }).GetByRole(AriaRole.Row)
            .Filter(new() { HasText = "Inbound correspondence linked" });
        await Expect(audit).ToHaveCountAsync(1);
        await Expect(audit).ToContainTextAsync(fileName);
        await journey.SnapAsync(caseworker, "upload-linked");

        // View opens the stored scan itself, inline, in a new tab: the same bytes as were uploaded.
        var view = rows.First.GetByRole(AriaRole.Link, new() { Name = $"View {fileName}", Exact = true });
        await Expect(view).ToHaveAttributeAsync("target", "_blank");
        var viewed = new TaskCompletionSource<IResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        caseworker.Context.Response += (_, r) =>
        {
            if (DocumentUrl().IsMatch(r.Url))
            {
                viewed.TrySetResult(r);
            }
        };
        await view.ClickAsync();
        var response = await viewed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((int)HttpStatusCode.OK, response.Status);
        Assert.StartsWith("application/pdf", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("inline", response.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains(fileName, response.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers["x-content-type-options"]);
        var stored = await caseworker.APIRequest.GetAsync(response.Url);
        Assert.Equal(200, stored.Status);
        Assert.Equal(pdf, await stored.BodyAsync());

        // Another caseworker sees it too, at any time.
        var colleague = await journey.SignInAsync("caseworker2");
        await colleague.GotoAsync($"/ServiceRequests/{reference}");
        await Expect(colleague.GetByRole(AriaRole.Link, new() { Name = $"View {fileName}", Exact = true })).ToBeVisibleAsync();
    });

    private static ILocator IdentityPanel(IPage page) => page.GetByRole(AriaRole.Complementary, new() { Name = "Confirm who we are" });

    /// <summary>The e-mails in the app's outbox addressed to <paramref name="to"/>.</summary>
    private async Task<IReadOnlyList<MimeMessage>> EmailsToAsync(string to)
    {
        var found = new List<MimeMessage>();
        var folder = _app.Server.OutboxFolder;
        if (!Directory.Exists(folder))
        {
            return found;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(message);
            }
            else
            {
                message.Dispose();
            }
        }

        return found;
    }

    /// <summary>A one-page PDF made here, as a scanner would send it.</summary>
    private static byte[] SmallPdf()
    {
        using var document = new PdfDocument();
        document.Info.Title = "COR-06 browser journey scan";
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    [GeneratedRegex(@"^.+ \([A-Z]{2}\d{6}[A-Z]\) – £[\d,]+\.\d{2} every ")]
    private static partial Regex DeoOption();

    [GeneratedRegex(@"/InboundCorrespondence/\d+$")]
    private static partial Regex DocumentUrl();
}

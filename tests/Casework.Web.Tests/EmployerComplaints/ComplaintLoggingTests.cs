using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>
/// EC-01…EC-04, EC-06: logging proposes Review when the same issue is open or was raised in the previous six months
/// (the clock reads Mon 2 March 2026), otherwise Resolution, and lists the employer's related complaints.
/// </summary>
public abstract class ComplaintLoggingTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC02_EC03_the_same_issue_still_open_is_a_review_for_the_escalated_complaints_team()
    {
        var caseworker = await app.LoginAs("caseworker");
        var first = await caseworker.Opened(issue: "Deductions taken twice");

        var review = await caseworker.LogComplaint(first.EmployerErn, "  DEDUCTIONS taken   twice");

        Assert.Equal(("Review", SrStatus.PendingAssignment, "PendingAssignment"), (review.Stage, review.Status, review.SubStatus));
        Assert.Equal((OwnerKind.Team, "ESCALATED-COMPLAINTS"), (review.Owner.Kind, review.Owner.Team));
        Assert.Equal(new RelatedComplaintView(first.Reference, "Deductions taken twice", first.ReceivedOn, Open: true, SameIssue: true), Assert.Single(review.RelatedComplaints));
        var sr = await caseworker.GetSr(review.Reference);
        Assert.Equal(("Employer", "Complaints", "Review"), (sr.Process, sr.Area, sr.SubArea));
        Assert.Contains(sr.Notes, n => n.Text.Contains("DEDUCTIONS taken", StringComparison.Ordinal));
        Assert.Empty(await caseworker.LetterCodes(review.Reference));
        Assert.Contains(await (await app.LoginAs("complaintsreview")).Inbox(team: true), i => i.Reference == review.Reference);
        Assert.DoesNotContain(await caseworker.Inbox(), i => i.Reference == review.Reference);
    }

    [Fact]
    public async Task EC02_the_same_issue_closed_within_six_months_is_a_review()
    {
        var caseworker = await app.LoginAs("caseworker");
        // Six months before 2 March 2026 is 2 September 2025: the boundary day still counts.
        var first = await caseworker.Opened(issue: "Late refund", receivedOn: new DateOnly(2025, 9, 2));
        await caseworker.TryInvalid(first.Reference, "Apologised").Ok();

        var review = await caseworker.LogComplaint(first.EmployerErn, "Late refund", new DateOnly(2026, 3, 2));

        Assert.Equal("Review", review.Stage);
        Assert.Equal(new RelatedComplaintView(first.Reference, "Late refund", new DateOnly(2025, 9, 2), Open: false, SameIssue: true), Assert.Single(review.RelatedComplaints));
    }

    [Fact]
    public async Task EC02_the_same_issue_closed_more_than_six_months_before_is_a_resolution_and_still_listed()
    {
        var caseworker = await app.LoginAs("caseworker");
        var first = await caseworker.Opened(issue: "Late refund", receivedOn: new DateOnly(2025, 9, 1));
        await caseworker.TryInvalid(first.Reference, "Apologised").Ok();

        var proposal = await caseworker.Get<StageProposalView>(
            $"/api/employer-complaints/stage-proposal?employerErn={first.EmployerErn}&issue=Late%20refund&receivedOn=2026-03-02");
        var logged = await caseworker.LogComplaint(first.EmployerErn, "Late refund", new DateOnly(2026, 3, 2));

        Assert.Equal(("Resolution", "Resolution"), (proposal.Stage, logged.Stage));
        Assert.Equal((SrStatus.Open, OwnerKind.Staff, "100001"), (logged.Status, logged.Owner.Kind, logged.Owner.StaffNumber));
        Assert.Equal(new RelatedComplaintView(first.Reference, "Late refund", new DateOnly(2025, 9, 1), Open: false, SameIssue: true), Assert.Single(logged.RelatedComplaints));
    }

    [Fact]
    public async Task EC02_another_issue_open_for_the_employer_is_listed_but_proposes_resolution()
    {
        var caseworker = await app.LoginAs("caseworker");
        var first = await caseworker.Opened(issue: "Rude call handler");

        var proposal = await caseworker.Get<StageProposalView>(
            $"/api/employer-complaints/stage-proposal?employerErn={first.EmployerErn}&issue=Wrong%20amount");
        var logged = await caseworker.LogComplaint(first.EmployerErn, "Wrong amount");

        Assert.Equal(("Resolution", "Resolution"), (proposal.Stage, logged.Stage));
        Assert.Equal(new RelatedComplaintView(first.Reference, "Rude call handler", first.ReceivedOn, Open: true, SameIssue: false), Assert.Single(logged.RelatedComplaints));
        Assert.Equal([logged.Reference], (await caseworker.GetEc(first.Reference)).RelatedComplaints.Select(r => r.Reference));
    }

    [Theory]
    [InlineData("Letter", "Letter")]
    [InlineData("Email", "E-mail")]
    [InlineData("Phone", "Employer helpline call")]
    [InlineData("Referral", "Team leader referral")]
    public async Task EC01_EC04_a_resolution_complaint_records_its_source_and_target(string channel, string source)
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();

        var logged = await caseworker.LogComplaint(ern, "Deductions taken twice", channel: channel);

        Assert.Equal((source, (string?)null), (logged.ReferralSource, logged.ReferralReason));
        var sr = await caseworker.GetSr(logged.Reference);
        Assert.Equal(("Employer", "Complaints", "Resolution", channel), (sr.Process, sr.Area, sr.SubArea, sr.Channel));
        Assert.Equal(logged.Deadlines.CloseBy, sr.TargetDate);
        Assert.Equal(new DateOnly(2026, 3, 30), sr.TargetDate);
    }

    [Fact]
    public async Task EC04_an_outbound_call_keeps_the_source_and_reason_given()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();

        var response = await caseworker.TryLog(new
        {
            employerErn = ern, raisedBy = "Employer", channel = "Phone", issue = "Wrong amount", description = "Deducted £40 too much",
            receivedOn = "2026-02-27", referralSource = "Outbound call", referralReason = "Raised during a compliance call",
        });
        var logged = await response.Read<EmployerComplaintView>(System.Net.HttpStatusCode.Created);

        Assert.Equal($"/api/employer-complaints/{logged.Reference}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Outbound call", "Raised during a compliance call"), (logged.ReferralSource, logged.ReferralReason));
        Assert.Equal((new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 27)), (logged.Deadlines.AcknowledgeBy, logged.Deadlines.CloseBy));
    }

    [Fact]
    public async Task EC06_the_caseworker_who_accepts_a_complaint_owns_it_and_the_acknowledgement_is_queued()
    {
        var caseworker = await app.LoginAs("caseworker");
        var colleague = await app.LoginAs("caseworker2");
        var logged = await caseworker.Opened();

        var accepted = await colleague.TryValid(logged.Reference).Ok();

        Assert.Equal((SrStatus.InProgress, "InProgress", "100002"), (accepted.Status, accepted.SubStatus, accepted.Owner.StaffNumber));
        Assert.Equal((new DateOnly(2026, 3, 2), false), (accepted.Deadlines.AcknowledgedOn, accepted.Deadlines.AcknowledgementBreached));
        Assert.True((await caseworker.GetSr(logged.Reference)).Activities[0].Done);
        Assert.Equal(["CMSL8500"], await caseworker.LetterCodes(logged.Reference));
    }
}

public sealed class ComplaintLoggingTests_Sqlite(SqliteFactory app) : ComplaintLoggingTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintLoggingTests_Postgres(PostgresFactory app) : ComplaintLoggingTests(app), IClassFixture<PostgresFactory>;

using System.Net;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>The three journeys of procedure 000 end to end through the API (EC-05…EC-14).</summary>
public abstract class ResolutionJourneyTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC05_a_complaint_resolved_by_apology_closes_as_invalid_and_cancelled()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.LogComplaint(issue: "Rude call handler");

        var closed = await caseworker.TryInvalid(logged.Reference, "Apologised on the phone; the employer is satisfied.").Ok();

        Assert.Equal(("Resolution", SrStatus.Closed, "Cancelled", "Invalid"), (closed.Stage, closed.Status, closed.SubStatus, closed.ResolutionCode));
        Assert.Empty(await caseworker.LettersFor(logged.Reference));
    }

    [Fact]
    public async Task EC14_a_plan_agreed_by_phone_is_worked_and_closed_with_CMSL8500_and_CMSL8502()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.LogComplaint(issue: "Deduction taken twice");
        Assert.Equal(("Resolution", SrStatus.Open), (logged.Stage, logged.Status));
        Assert.Equal(new DateOnly(2026, 3, 4), logged.Deadlines.AcknowledgeBy);
        Assert.Equal(new DateOnly(2026, 3, 30), logged.Deadlines.CloseBy);

        await caseworker.TryValid(logged.Reference).Ok();
        var line = await caseworker.AddLine(logged.Reference);
        await caseworker.TryIssue(logged.Reference, reachedByPhone: true).Ok();
        await caseworker.TryRespond(logged.Reference, agrees: true, "Agreed on the phone").Ok();
        await caseworker.TryLineDone(logged.Reference, line.Id).Ok();
        var closed = await caseworker.TryClose(logged.Reference).Ok();

        Assert.Equal((SrStatus.Closed, "Completed", "Resolved"), (closed.Status, closed.SubStatus, closed.ResolutionCode));
        Assert.Equal(new FlagsView(true, true, true), closed.Flags);
        Assert.Equal(["CMSL8500", "CMSL8502"], (await caseworker.LettersFor(logged.Reference)).Select(l => l.Code).Order().ToArray());
    }

    [Fact]
    public async Task EC10_EC11_rejected_plan_goes_to_the_team_leader_is_rejected_revised_approved_and_closed()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var logged = await caseworker.LogComplaint(issue: "Wrong amount deducted");
        await caseworker.TryValid(logged.Reference).Ok();
        var first = await caseworker.AddLine(logged.Reference);

        await caseworker.TryIssue(logged.Reference, reachedByPhone: true).Ok();
        var pending = await caseworker.TryRespond(logged.Reference, agrees: false, "Wants the whole month refunded").Ok();
        Assert.Equal((SrStatus.PendingApproval, "PendingApprovalTL", true, "Pending"), (pending.Status, pending.SubStatus, pending.AssignmentLocked, pending.Plan.TlApproval));

        var rejected = await teamLeader.TryDecide(logged.Reference, approve: false, "Offer the refund for both deductions").Ok();
        Assert.Equal((SrStatus.InProgress, false, "Rejected"), (rejected.Status, rejected.AssignmentLocked, rejected.Plan.TlApproval));

        await caseworker.Post(EmployerComplaintApi.Ec(logged.Reference, $"/plan/lines/{first.Id}/withdraw"));
        var second = await caseworker.AddLine(logged.Reference, "Refund", "Refund both deductions", new { kind = "Refund", amount = 240.50m, holdToOffset = false });
        await caseworker.TrySubmit(logged.Reference).Ok();
        var approved = await teamLeader.TryDecide(logged.Reference, approve: true, "Fine").Ok();
        Assert.Equal(("Approved", 2, new DateOnly(2026, 3, 27)), (approved.Plan.TlApproval, approved.Plan.Revision, approved.Deadlines.CloseBy));

        await caseworker.TryLineDone(logged.Reference, second.Id).Ok();
        var closed = await caseworker.TryClose(logged.Reference, "PhoneOutcome", "We refunded both deductions.").Ok();
        Assert.Equal(SrStatus.Closed, closed.Status);
        Assert.Equal(["CMSL8500", "CMSL8501", "CMSL8502"], (await caseworker.LettersFor(logged.Reference)).Select(l => l.Code).Order().ToArray());
    }
}

public sealed class ResolutionJourneyTests_Sqlite(SqliteFactory app) : ResolutionJourneyTests(app), IClassFixture<SqliteFactory>;

public sealed class ResolutionJourneyTests_Postgres(PostgresFactory app) : ResolutionJourneyTests(app), IClassFixture<PostgresFactory>;

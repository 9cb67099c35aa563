using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using CsCheck;
using Xunit.Abstractions;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>
/// Random runs of commands on an employer complaint by random people (EC-05…EC-14): the invariants of
/// <see cref="ComplaintInvariants"/> hold after every step, and whatever a run leaves behind can still be closed by
/// the right people doing the right things — no run paints the complaint into a corner.
/// </summary>
public sealed class ComplaintPropertyTests(ITestOutputHelper output)
{
    /// <summary>
    /// Measured over 20 000 runs with the weights of <see cref="ComplaintGen"/>: 44 % of runs close by themselves,
    /// 49 % see the team leader approve, 12 % reject, 40 % the employer reject, 19 % pay redress, 17 % a line-by-line
    /// decision, 6 % a wait expire, 2.5 % a cancellation. Each floor below is at least 8 standard deviations under its
    /// rate for 2 000 runs (a miss is less likely than 1 in 10^15), so the coverage checks cannot fail by bad luck.
    /// </summary>
    private const int Runs = 2000;

    [Fact]
    public void EC05_EC14_any_run_of_commands_keeps_the_complaint_invariants_after_every_step()
    {
        var coverage = new Coverage();

        ComplaintGen.Run.Sample(run => coverage.Add(Play(run.Log, run.Steps)), iter: Runs);
        output.WriteLine(coverage.ToString());

        coverage.AssertShare(Reached.Closed, atLeast: 0.25);
        coverage.AssertShare(Reached.TlApproved, atLeast: 0.30);
        coverage.AssertShare(Reached.TlRejected, atLeast: 0.06);
        coverage.AssertShare(Reached.EmployerRejected, atLeast: 0.25);
        coverage.AssertShare(Reached.RedressPaid, atLeast: 0.10);
        coverage.AssertShare(Reached.DecidedLineByLine, atLeast: 0.08);
        foreach (var corner in Enum.GetValues<Reached>().Where(r => r != Reached.None))
        {
            coverage.AssertShare(corner, atLeast: 0.001);
        }
    }

    /// <summary>Logs the complaint as <paramref name="log"/> says, plays the steps checking after each, then closes it.</summary>
    private static Reached Play(LogAttempt log, ComplaintMove[] steps)
    {
        var c = LogFor(log);
        var invariants = new ComplaintInvariants(c);
        var reached = Reached.None;
        var before = c.Snapshot();
        foreach (var step in steps)
        {
            c.Later(minutes: 5);
            var offered = OfferedTo(c, step);
            var refusal = step.Command.Apply(c, step.Actor);
            OfferedMeansAllowedNow(step, offered, refusal);
            before = invariants.After(step, before, refusal);
            reached |= Observe(c, step, refusal);
        }

        Finish(c, invariants, before);
        return reached;
    }

    private static ComplaintCase LogFor(LogAttempt log)
    {
        var request = Request(log.Stage, log.Region, log.ReceivedOn, issue: log.BlankIssue ? " " : "Deduction taken twice");
        var at = MorningOf(log.ReceivedOn);
        var sr = RaiseFor(request, Actors.Caseworker, at);
        var before = ServiceRequestSnapshot.Of(sr);

        var logged = EmployerComplaint.Log(request, sr, WorkingDays, log.Actor, at);
        if (logged.IsSuccess)
        {
            return Of(sr, logged.Value!, at);
        }

        // A refused log leaves the raised SR as it was; the run goes on with the complaint logged properly.
        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
        Assert.Null(sr.Workflow);
        return Logged(log.Stage, log.Region, log.ReceivedOn);
    }

    private static Reached Observe(ComplaintCase c, ComplaintMove step, Refusal? refusal)
    {
        var complaint = c.Complaint;
        var reached = Reached.None;
        if (refusal is not null)
        {
            return refusal == ComplaintCommand.NothingToDo ? reached : Reached.Refused;
        }

        reached |= c.Sr.SubStatus switch
        {
            SubStatuses.Completed when complaint.Stage == ComplaintStage.Resolution => Reached.Closed,
            SubStatuses.Cancelled when complaint.Stage == ComplaintStage.Resolution => Reached.Cancelled,
            _ => Reached.None,
        };
        reached |= step.Command switch
        {
            DecideCommand when complaint.TlApproval == TlApproval.Approved => Reached.TlApproved,
            DecideCommand when complaint.TlApproval == TlApproval.Rejected => Reached.TlRejected,
            DecideCommand => Reached.DecidedLineByLine,
            ResponseCommand { Agrees: false } => Reached.EmployerRejected,
            WaitJobCommand => Reached.WaitExpired,
            _ => Reached.None,
        };
        if (complaint.CompensationPaid)
        {
            reached |= Reached.RedressPaid;
        }

        if (complaint.Revision > 1)
        {
            reached |= Reached.Revised;
        }

        return reached;
    }

    /// <summary>Liveness: from wherever the run stopped, the right people following procedure 000 can close it.</summary>
    private static void Finish(ComplaintCase c, ComplaintInvariants invariants, ComplaintSnapshot before)
    {
        if (c.Complaint.Stage == ComplaintStage.Review)
        {
            return;
        }

        for (var i = 0; i < 40 && !c.Sr.IsClosed; i++)
        {
            var step = new ComplaintMove(null, NextToClose(c));
            c.Later(minutes: 5);
            // The page shows the way: the step that closes the complaint is always among the actions offered.
            Assert.True(OfferedTo(c, step) != false, $"'{step}' at {c.Sr.Status} is not offered by the actions table");
            var refusal = step.Command.Apply(c, step.Actor);
            Assert.True(refusal is null, $"Closing it: '{step}' was refused at {c.Sr.Status}: {refusal?.Reason}");
            before = invariants.After(step, before, refusal);
        }

        Assert.True(c.Sr.IsClosed, "the complaint could not be closed");
    }

    /// <summary>
    /// Whether the actions table offers <paramref name="step"/>'s action to its actor before it runs; null when the step
    /// is not a table action, the actor lacks its role, or it names a line that is not open.
    /// </summary>
    private static bool? OfferedTo(ComplaintCase c, ComplaintMove step)
    {
        if (step.Command.Action is not { } action || !step.Actor.IsIn(ComplaintActions.For(action).Role) || !step.Command.NamesOpenLine(c))
        {
            return null;
        }

        return ComplaintActions.Offered(c.Complaint, c.Sr).Any(a => a.Step == action);
    }

    /// <summary>An action the page offers is never refused for the complaint's state or the user's role (409/403).</summary>
    private static void OfferedMeansAllowedNow(ComplaintMove step, bool? offered, Refusal? refusal)
    {
        if (offered == true)
        {
            Assert.False(refusal is NotAllowedInState or Forbidden, $"'{step}' was offered but refused: {refusal?.Reason}");
        }
    }

    private static ComplaintCommand NextToClose(ComplaintCase c)
    {
        var complaint = c.Complaint;
        var agreed = c.Sr.Activities.Single(a => a.Number == EmployerComplaint.Activities.AgreePlan).Done;
        return c.Sr.Status switch
        {
            ServiceRequestStatus.Open => new ValidCommand(),
            ServiceRequestStatus.Wait => new ResponseCommand(Agrees: true, WithNote: false),
            ServiceRequestStatus.PendingApproval => new DecideCommand(Approve: true, WithComment: true, Which: 0),
            _ when !complaint.ActiveLines.Any() => new AddLineCommand(LineKind.Plain, 0m, false),
            // EC-11: a rejected plan is revised before it goes back.
            _ when complaint.TlApproval == TlApproval.Rejected && complaint.Revision == complaint.RejectedRevision => new AddLineCommand(LineKind.Plain, 0m, false),
            _ when complaint.AwaitsApproval => new SubmitCommand(),
            _ when !agreed => new ResponseCommand(Agrees: true, WithNote: false),
            _ when complaint.ActiveLines.Any(l => l.Status == PlanLineStatus.Open) => new LineDoneCommand(0),
            _ => new CloseCommand(ClosureParagraph.UnableToContact, BlankText: false),
        };
    }
}

using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>
/// One thing that can happen to a logged complaint, for the property tests: a command by a member of staff, the
/// hosted job's work, or time passing. Line numbers are picked against the plan as it stands when the step runs.
/// </summary>
public abstract record ComplaintCommand
{
    /// <summary>What the job returns when it had nothing to do: like a refusal, it must change nothing.</summary>
    public static readonly Refusal NothingToDo = new NotAllowedInState("The job had nothing to do.");

    public static readonly Actor System = new("SYSTEM", "Casework deadline job", string.Empty, new HashSet<string>());

    /// <summary>The role the command is meant for; null for the job and the clock, which act as <see cref="System"/>.</summary>
    public virtual string? Role => StaffRoles.Caseworker;

    public abstract Refusal? Apply(ComplaintCase c, Actor by);

    /// <summary>The action of the complaint's actions table this command gives; null for the job, the clock and the SR's own actions.</summary>
    public ComplaintStep? Action => this switch
    {
        InvalidCommand => ComplaintStep.CloseAsInvalid,
        ValidCommand => ComplaintStep.AcceptAsValid,
        AddLineCommand => ComplaintStep.AddLine,
        WithdrawLineCommand => ComplaintStep.WithdrawLine,
        IssuePlanCommand => ComplaintStep.IssuePlan,
        ResponseCommand => ComplaintStep.RecordResponse,
        SubmitCommand => ComplaintStep.SubmitForApproval,
        DecideCommand => ComplaintStep.Decide,
        LineDoneCommand => ComplaintStep.MarkLineDone,
        CloseCommand => ComplaintStep.Close,
        _ => null,
    };

    /// <summary>False when the command names a line that is done, withdrawn or missing (its refusal is about that line).</summary>
    public virtual bool NamesOpenLine(ComplaintCase c) => true;

    protected static bool IsOpen(ComplaintCase c, int number) =>
        c.Complaint.ActiveLines.Any(l => l.Number == number && l.Status == PlanLineStatus.Open);

    /// <summary>
    /// Picks 0–5 name an open line of the plan when there is one (so that runs make progress); 6–9 name line
    /// 1–4 whatever it is — perhaps done, withdrawn or missing.
    /// </summary>
    protected static int LineFor(ComplaintCase c, int pick)
    {
        var open = c.Complaint.ActiveLines.Where(l => l.Status == PlanLineStatus.Open).ToList();
        return pick < 6 && open.Count > 0 ? open[pick % open.Count].Number : pick - 5;
    }
}

public sealed record InvalidCommand(bool WithNote) : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by) =>
        c.Complaint.CloseAsInvalid(c.Sr, WithNote ? "Apologised on the phone" : " ", by, c.Now);
}

public sealed record ValidCommand : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by) => c.Complaint.AcceptAsValid(c.Sr, c.Today, by, c.Now);
}

public enum LineKind
{
    Plain,
    RefundPaid,
    RefundHeld,
    Redress,
}

public sealed record AddLineCommand(LineKind Kind, decimal Amount, bool BlankDescription) : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by)
    {
        FinancialComponent? financial = null;
        if (Kind != LineKind.Plain)
        {
            // The handler builds the payment first (EC-13's per-line limit); its refusal is the command's.
            var kind = Kind == LineKind.Redress ? FinancialKind.Redress : FinancialKind.Refund;
            var created = FinancialComponent.Create(kind, Amount, Kind == LineKind.RefundHeld, "Receipts", RedressLimits.Default);
            if (!created.IsSuccess)
            {
                return created.Refusal;
            }

            financial = created.Value;
        }

        return c.Complaint.AddLine(c.Sr, Kind.ToString(), BlankDescription ? "" : $"Put right: {Kind}", financial, RedressLimits.Default, by, c.Now).Refusal;
    }
}

public sealed record WithdrawLineCommand(int Pick) : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by) => c.Complaint.WithdrawLine(c.Sr, LineFor(c, Pick), by, c.Now);

    public override bool NamesOpenLine(ComplaintCase c) => IsOpen(c, LineFor(c, Pick));
}

public sealed record IssuePlanCommand(bool ReachedByPhone) : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by) => c.Complaint.IssuePlan(c.Sr, ReachedByPhone, WorkingDays, c.Today, by, c.Now);
}

public sealed record PassTimeCommand(int Days) : ComplaintCommand
{
    public override string? Role => null;

    public override Refusal? Apply(ComplaintCase c, Actor by)
    {
        c.Later(Days);
        return null;
    }
}

public sealed record WaitJobCommand : ComplaintCommand
{
    public override string? Role => null;

    public override Refusal? Apply(ComplaintCase c, Actor by) =>
        IsJobs(c) && c.Complaint.EndWaitIfExpired(c.Sr, c.Today, by, c.Now) ? null : NothingToDo;

    /// <summary>The hosted job picks open Resolution complaints only; the escalated team keeps a Review's clock.</summary>
    internal static bool IsJobs(ComplaintCase c) => c.Complaint.Stage == ComplaintStage.Resolution && c.Complaint.ClosedAt is null;
}

public sealed record DeadlineJobCommand : ComplaintCommand
{
    public override string? Role => null;

    public override Refusal? Apply(ComplaintCase c, Actor by) =>
        WaitJobCommand.IsJobs(c) && c.Complaint.FlagBreaches(c.Sr.IsClosed, c.Today, by, c.Now) ? null : NothingToDo;
}

public sealed record ResponseCommand(bool Agrees, bool WithNote) : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by) =>
        c.Complaint.RecordResponse(c.Sr, Agrees, WithNote ? "Spoke to the payroll manager" : null, by, c.Now);
}

public sealed record SubmitCommand : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by) => c.Complaint.SubmitForApproval(c.Sr, by, c.Now);
}

/// <summary>The team leader's decision: <see cref="Which"/> 0 is all lines at once, 1–15 a mask over the active lines, 16 an unknown line.</summary>
public sealed record DecideCommand(bool Approve, bool WithComment, int Which) : ComplaintCommand
{
    public override string? Role => StaffRoles.TeamLeader;

    public override Refusal? Apply(ComplaintCase c, Actor by)
    {
        var active = c.Complaint.ActiveLines.Select(l => l.Number).ToList();
        List<int>? lines = Which switch
        {
            0 => null,
            16 => [99],
            _ => [.. active.Where((_, i) => (Which & (1 << (i % 4))) != 0)],
        };
        return c.Complaint.Decide(c.Sr, Approve, WithComment ? "Checked against the schedule" : null, lines, WorkingDays, by, c.Now);
    }
}

public sealed record LineDoneCommand(int Pick) : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by) => c.Complaint.MarkLineDone(c.Sr, LineFor(c, Pick), by, c.Now);

    public override bool NamesOpenLine(ComplaintCase c) => IsOpen(c, LineFor(c, Pick));
}

public sealed record CloseCommand(ClosureParagraph Paragraph, bool BlankText) : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by) =>
        c.Complaint.Close(c.Sr, Paragraph, BlankText ? "" : "We put the deductions right.", by, c.Now);
}

/// <summary>The SR's own work-management actions on a complaint's SR: the hooks must keep the complaint's rules.</summary>
public sealed record SrLockCommand(bool Locked) : ComplaintCommand
{
    public override string? Role => StaffRoles.TeamLeader;

    public override Refusal? Apply(ComplaintCase c, Actor by) => c.Sr.SetAssignmentLock(Locked, by, c.Now);
}

public sealed record SrAssignCommand : ComplaintCommand
{
    public override string? Role => StaffRoles.TeamLeader;

    public override Refusal? Apply(ComplaintCase c, Actor by) =>
        c.Sr.AssignTo(c.Sr.Owner == Actors.AnotherCaseworker.AsOwner() ? Actors.Caseworker.AsOwner() : Actors.AnotherCaseworker.AsOwner(), by, c.Now);
}

public sealed record SrStatusCommand(int Row) : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by)
    {
        var move = StatusTransitions.Table[Row % StatusTransitions.Table.Count];
        return c.Sr.ChangeStatus(move.To, move.SubStatus, by, c.Now, "Moved directly");
    }
}

public sealed record SrActivityCommand(int Number) : ComplaintCommand
{
    public override Refusal? Apply(ComplaintCase c, Actor by) => c.Sr.CompleteActivity(Number, by, c.Now);
}

/// <summary>A command and who does it; a null <see cref="By"/> is the person the command is meant for.</summary>
public sealed record ComplaintMove(Actor? By, ComplaintCommand Command)
{
    public Actor Actor => By ?? Command.Role switch
    {
        null => ComplaintCommand.System,
        StaffRoles.TeamLeader => Actors.TeamLeader,
        _ => Actors.Caseworker,
    };

    public override string ToString() => $"{Actor.Name}: {Command}";
}

/// <summary>How the complaint is logged at the start of a run: by whom, at which stage, where, when, with or without its issue.</summary>
public sealed record LogAttempt(Actor? By, ComplaintStage Stage, bool BlankIssue, Region Region, DateOnly ReceivedOn)
{
    public Actor Actor => By ?? Actors.Caseworker;
}

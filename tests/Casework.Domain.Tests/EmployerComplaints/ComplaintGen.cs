using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.Tests.Builders;
using CsCheck;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>
/// Generators of random runs on an employer complaint. Most steps are done by the person the command is meant for
/// and most line picks name an open line, so runs get deep: a good share of them close, go to the team leader and
/// come back approved or rejected. The rest are the wrong person, the wrong line, the wrong moment or bad input.
/// </summary>
public static class ComplaintGen
{
    private static readonly Gen<Actor?> _anyone = Gen.OneOf<Actor?>(
        Actors.Caseworker, Actors.AnotherCaseworker, Actors.CaseworkerInAnotherTeam, Actors.TeamLeader,
        Actors.WithRoles(StaffRoles.EscalatedComplaints), Actors.WithRoles(StaffRoles.Caseworker, StaffRoles.TeamLeader));

    /// <summary>Five in six steps are done by the right person (null), the rest by anyone at all.</summary>
    private static readonly Gen<Actor?> _actor = Gen.Frequency((5, Gen.Const((Actor?)null)), (1, _anyone));

    private static readonly Gen<bool> _mostly = Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false)));

    private static readonly Gen<int> _pick = Gen.Int[0, 9];

    private static readonly Gen<ComplaintCommand> _addLine = Gen.Frequency(
        (10, Gen.Select(_mostly, ok => (ComplaintCommand)new AddLineCommand(LineKind.Plain, 0m, !ok))),
        (3, Gen.Const<ComplaintCommand>(new AddLineCommand(LineKind.RefundPaid, 75.20m, false))),
        (2, Gen.Const<ComplaintCommand>(new AddLineCommand(LineKind.RefundHeld, 1200m, false))),
        // £600 is over the per-line limit; three lines of £400 pass the per-complaint limit.
        (5, Gen.OneOf(Gen.Const(100m), Gen.Const(400m), Gen.Const(500m), Gen.Const(600m))
            .Select(amount => (ComplaintCommand)new AddLineCommand(LineKind.Redress, amount, false))));

    private static readonly Gen<ComplaintCommand> _valid = Gen.Const<ComplaintCommand>(new ValidCommand());

    private static readonly Gen<ComplaintCommand> _submit = Gen.Const<ComplaintCommand>(new SubmitCommand());

    private static readonly Gen<ComplaintCommand> _waitJob = Gen.Const<ComplaintCommand>(new WaitJobCommand());

    private static readonly Gen<ComplaintCommand> _lineDone = _pick.Select(p => (ComplaintCommand)new LineDoneCommand(p));

    private static readonly Gen<ComplaintCommand> _close = Gen.Select(
        Gen.Enum<ClosureParagraph>(), Gen.Frequency((9, Gen.Const(false)), (1, Gen.Const(true))),
        (paragraph, blank) => (ComplaintCommand)new CloseCommand(paragraph, blank));

    /// <summary>A team leader's decision on all lines (0), some of them (a mask 1–15), or an unknown line (16).</summary>
    private static readonly Gen<int> _whichLines = Gen.Frequency((5, Gen.Const(0)), (4, Gen.Int[1, 15]), (1, Gen.Const(16)));

    private static Gen<bool> OneIn(int n) => Gen.Frequency((1, Gen.Const(true)), (n - 1, Gen.Const(false)));

    private static Gen<ComplaintCommand> Issue(Gen<bool> reachedByPhone) => reachedByPhone.Select(r => (ComplaintCommand)new IssuePlanCommand(r));

    private static Gen<ComplaintCommand> Respond(Gen<bool> agrees) =>
        Gen.Select(agrees, Gen.Bool, (a, note) => (ComplaintCommand)new ResponseCommand(a, note));

    private static Gen<ComplaintCommand> Decide(Gen<bool> approve) =>
        Gen.Select(approve, _mostly, _whichLines, (a, comment, which) => (ComplaintCommand)new DecideCommand(a, comment, which));

    private static Gen<ComplaintCommand> PassTime(int min, int max) => Gen.Int[min, max].Select(days => (ComplaintCommand)new PassTimeCommand(days));

    /// <summary>Anything at all, including the SR's own actions.</summary>
    public static readonly Gen<ComplaintCommand> Command = Gen.Frequency(
        (1, Gen.Bool.Select(note => (ComplaintCommand)new InvalidCommand(note))),
        (6, _valid),
        (5, _addLine),
        (1, _pick.Select(p => (ComplaintCommand)new WithdrawLineCommand(p))),
        (2, Issue(Gen.Bool)),
        (3, PassTime(1, 12)),
        (3, _waitJob),
        (1, Gen.Const<ComplaintCommand>(new DeadlineJobCommand())),
        (3, Respond(Gen.Frequency((2, Gen.Const(true)), (1, Gen.Const(false))))),
        (2, _submit),
        (3, Decide(Gen.Bool)),
        (5, _lineDone),
        (3, _close),
        (2, Gen.OneOf(
            Gen.Bool.Select(locked => (ComplaintCommand)new SrLockCommand(locked)),
            Gen.Const<ComplaintCommand>(new SrAssignCommand()),
            Gen.Int[0, 13].Select(row => (ComplaintCommand)new SrStatusCommand(row)),
            Gen.Int[1, 4].Select(n => (ComplaintCommand)new SrActivityCommand(n)))));

    /// <summary>Leans to the team leader: employers reject, plans are submitted, decided line by line, approved or rejected.</summary>
    private static readonly Gen<ComplaintCommand> _teamLeaderRuns = Gen.Frequency(
        (6, _valid),
        (5, _addLine),
        (2, Issue(Gen.Const(true))),
        (4, Respond(OneIn(4))),
        (3, _submit),
        (6, Decide(Gen.Bool)),
        (3, _lineDone),
        (2, _close),
        (3, Command));

    /// <summary>Leans to the plan letter: the employer is not reached, time passes, the wait job runs.</summary>
    private static readonly Gen<ComplaintCommand> _letterRuns = Gen.Frequency(
        (6, _valid),
        (4, _addLine),
        (4, Issue(OneIn(5))),
        (5, PassTime(3, 12)),
        (4, _waitJob),
        (1, Gen.Const<ComplaintCommand>(new DeadlineJobCommand())),
        (2, Respond(Gen.Bool)),
        (3, _lineDone),
        (2, _close),
        (3, Command));

    /// <summary>
    /// Leans to finishing — lines done, agreement, approval, closing — for the second half of every run, so that a
    /// good share of runs close by themselves; anything may still happen, by anyone.
    /// </summary>
    private static readonly Gen<ComplaintCommand> _finishing = Gen.Frequency(
        (8, _lineDone),
        (6, Gen.Enum<ClosureParagraph>().Select(paragraph => (ComplaintCommand)new CloseCommand(paragraph, false))),
        (3, Respond(Gen.Const(true))),
        (4, _submit),
        (5, Decide(Gen.Const(true))),
        (2, _valid),
        (1, Gen.Const<ComplaintCommand>(new AddLineCommand(LineKind.Plain, 0m, false))),
        (2, PassTime(3, 12)),
        (2, _waitJob),
        (3, Command));

    private static Gen<ComplaintMove> Steps(Gen<ComplaintCommand> commands) =>
        Gen.Select(_actor, commands, (by, command) => new ComplaintMove(by, command));

    /// <summary>Each run first follows one of three leanings (swarm testing: a run that leans one way gets deep there).</summary>
    private static readonly Gen<ComplaintMove[]> _firstHalf =
        Gen.Int[0, 2].SelectMany(leaning => Steps(leaning switch { 0 => Command, 1 => _teamLeaderRuns, _ => _letterRuns }).Array[15, 50]);

    /// <summary>
    /// Nine in ten runs log a Resolution complaint, in any region, received before Easter, Christmas or an ordinary
    /// week; some log attempts are by the wrong person or without the issue (the run then logs it properly).
    /// </summary>
    public static readonly Gen<LogAttempt> Log = Gen.Select(
        _actor,
        Gen.Frequency((9, Gen.Const(ComplaintStage.Resolution)), (1, Gen.Const(ComplaintStage.Review))),
        Gen.Frequency((7, Gen.Const(false)), (1, Gen.Const(true))),
        Gen.Enum<Region>(),
        Gen.OneOf(ComplaintCase.MondayBeforeEaster, new DateOnly(2025, 12, 23), new DateOnly(2025, 8, 1)),
        (by, stage, blank, region, received) => new LogAttempt(by, stage, blank, region, received));

    public static readonly Gen<(LogAttempt Log, ComplaintMove[] Steps)> Run =
        Gen.Select(Log, _firstHalf, Steps(_finishing).Array[20, 50], (log, first, second) => (log, (ComplaintMove[])[.. first, .. second]));
}

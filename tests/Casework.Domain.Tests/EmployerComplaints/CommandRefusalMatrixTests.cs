using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>
/// Every complaint command × every state of README.md's table: outside its states a command is NotAllowedInState,
/// by the wrong role it is Forbidden, and either way nothing changes (EC-05…EC-14).
/// </summary>
public sealed class CommandRefusalMatrixTests
{
    private static readonly Dictionary<string, Func<ComplaintCase>> _states = new()
    {
        ["Open"] = () => Logged(),
        ["In Progress"] = () => InProgress().WithLine(),
        ["Wait"] = () => InProgress().WithLine().IssuedByLetter(),
        ["Pending Approval"] = () => InProgress().WithLine().EmployerRejects(),
        ["Closed"] = () => InProgress().WithLine().EmployerAgrees().LineDone(1).Closed(),
        ["Cancelled"] = () =>
        {
            var c = Logged();
            Assert.Null(c.Complaint.CloseAsInvalid(c.Sr, "Apologised", Actors.Caseworker, c.Now));
            return c;
        },
        ["Review"] = () => Logged(ComplaintStage.Review),
    };

    private static readonly Dictionary<string, (string Role, Func<ComplaintCase, Actor, Refusal?> Run)> _commands = new()
    {
        ["invalid"] = (StaffRoles.Caseworker, (c, by) => c.Complaint.CloseAsInvalid(c.Sr, "Apologised", by, c.Now)),
        ["valid"] = (StaffRoles.Caseworker, (c, by) => c.Complaint.AcceptAsValid(c.Sr, c.Today, by, c.Now)),
        ["add line"] = (StaffRoles.Caseworker, (c, by) => c.Complaint.AddLine(c.Sr, "Apology", "Apologise", null, RedressLimits.Default, by, c.Now).Refusal),
        ["withdraw line"] = (StaffRoles.Caseworker, (c, by) => c.Complaint.WithdrawLine(c.Sr, 1, by, c.Now)),
        ["issue plan"] = (StaffRoles.Caseworker, (c, by) => c.Complaint.IssuePlan(c.Sr, false, WorkingDays, c.Today, by, c.Now)),
        ["response"] = (StaffRoles.Caseworker, (c, by) => c.Complaint.RecordResponse(c.Sr, true, null, by, c.Now)),
        ["submit"] = (StaffRoles.Caseworker, (c, by) => c.Complaint.SubmitForApproval(c.Sr, by, c.Now)),
        ["decide"] = (StaffRoles.TeamLeader, (c, by) => c.Complaint.Decide(c.Sr, true, null, null, WorkingDays, by, c.Now)),
        ["line done"] = (StaffRoles.Caseworker, (c, by) => c.Complaint.MarkLineDone(c.Sr, 1, by, c.Now)),
        ["close"] = (StaffRoles.Caseworker, (c, by) => c.Complaint.Close(c.Sr, ClosureParagraph.PhoneOutcome, "Done", by, c.Now)),
    };

    private static readonly Dictionary<string, string[]> _allowed = new()
    {
        ["Open"] = ["invalid", "valid"],
        ["In Progress"] = ["add line", "withdraw line", "issue plan", "response", "submit", "line done", "close"],
        ["Wait"] = ["response"],
        ["Pending Approval"] = ["decide"],
    };

    public static TheoryData<string, string> WrongStates()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in _states.Keys)
        {
            foreach (var command in _commands.Keys.Except(_allowed.GetValueOrDefault(state, [])))
            {
                data.Add(state, command);
            }
        }

        return data;
    }

    public static TheoryData<string, string> EveryStateAndCommand()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in _states.Keys)
        {
            foreach (var command in _commands.Keys)
            {
                data.Add(state, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongStates))]
    public void EC05_EC14_a_command_outside_its_states_is_not_allowed_and_changes_nothing(string state, string command)
    {
        var c = _states[state]();
        var (role, run) = _commands[command];
        var by = role == StaffRoles.TeamLeader ? Actors.TeamLeader : Actors.Caseworker;
        var before = c.Snapshot();

        Assert.IsType<NotAllowedInState>(run(c, by));

        Assert.Equal(before, c.Snapshot());
    }

    [Theory]
    [MemberData(nameof(EveryStateAndCommand))]
    public void EC05_EC14_a_command_by_the_wrong_role_is_forbidden_in_every_state_and_changes_nothing(string state, string command)
    {
        var c = _states[state]();
        var (role, run) = _commands[command];
        var before = c.Snapshot();

        Assert.IsType<Forbidden>(run(c, role == StaffRoles.TeamLeader ? Actors.Caseworker : Actors.TeamLeader));
        Assert.IsType<Forbidden>(run(c, Actors.WithRoles(StaffRoles.EscalatedComplaints, StaffRoles.AccountManager)));

        Assert.Equal(before, c.Snapshot());
    }
}

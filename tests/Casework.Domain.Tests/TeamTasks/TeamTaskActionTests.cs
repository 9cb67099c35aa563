using Casework.Domain.Common;
using Casework.Domain.Organisation;
using Casework.Domain.TeamTasks;
using Casework.Domain.Tests.Builders;

namespace Casework.Domain.Tests.TeamTasks;

/// <summary>Issue 12: the team task's actions table, walked for every state, action and role against the guard.</summary>
public sealed class TeamTaskActionTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Where the task starts before the actor acts: taken by the actor, or by someone else in the team.</summary>
    public enum Start
    {
        Open,
        TakenByMe,
        TakenByOther,
        Done,
    }

    /// <summary>
    /// The truth, written out by hand: "Taken"/"Open"/"Done" is where the action leads; 409, 403 the refusal. Roles
    /// other than Caseworker and TeamLeader never act on a team task.
    /// </summary>
    public static TheoryData<Start, TeamTaskAction, string, string> Expected()
    {
        var data = new TheoryData<Start, TeamTaskAction, string, string>();
        foreach (var role in StaffRoles.All)
        {
            var worker = role is StaffRoles.Caseworker or StaffRoles.TeamLeader;
            var leader = role == StaffRoles.TeamLeader;
            data.Add(Start.Open, TeamTaskAction.Take, role, worker ? "Taken" : "403");
            data.Add(Start.Open, TeamTaskAction.Done, role, "409");
            data.Add(Start.Open, TeamTaskAction.Release, role, "409");
            data.Add(Start.TakenByMe, TeamTaskAction.Take, role, "409");
            data.Add(Start.TakenByMe, TeamTaskAction.Done, role, worker ? "Done" : "403");
            data.Add(Start.TakenByMe, TeamTaskAction.Release, role, worker ? "Open" : "403");
            data.Add(Start.TakenByOther, TeamTaskAction.Take, role, "409");
            data.Add(Start.TakenByOther, TeamTaskAction.Done, role, "403");
            data.Add(Start.TakenByOther, TeamTaskAction.Release, role, leader ? "Open" : "403");
            data.Add(Start.Done, TeamTaskAction.Take, role, "409");
            data.Add(Start.Done, TeamTaskAction.Done, role, "409");
            data.Add(Start.Done, TeamTaskAction.Release, role, "409");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Issue12_every_state_action_and_role_meets_the_guard_as_the_table_says(Start start, TeamTaskAction action, string role, string expected)
    {
        var actor = Actors.Staff("ST999", "Sam Roles", Actors.HomeTeam, role);
        var task = TaskIn(start, TeamTaskKind.Interpretation, actor.StaffNumber);
        var version = task.Version;
        var offered = TeamTaskActions.Allowed(task, actor).Any(a => a.Action == action);

        var refusal = Act(task, action, actor);

        Assert.Equal(expected, refusal switch
        {
            null => task.Status.ToString(),
            NotAllowedInState => "409",
            Forbidden => "403",
            _ => refusal.GetType().Name,
        });
        Assert.Equal(refusal is null ? version + 1 : version, task.Version);
        Assert.Equal(refusal is null, offered);
    }

    [Fact]
    public void Issue12_the_table_is_take_then_done_by_the_taker_or_give_back()
    {
        var rows = TeamTaskActions.Table.Select(t => $"{t.From} {t.Action} {t.Role} {t.Who} -> {t.To}").ToList();

        Assert.Equal(
        [
            "Open Take Caseworker TeamMember -> Taken",
            "Open Take TeamLeader TeamMember -> Taken",
            "Taken Done Caseworker Taker -> Done",
            "Taken Done TeamLeader Taker -> Done",
            "Taken Release Caseworker Taker -> Open",
            "Taken Release TeamLeader TeamMember -> Open",
        ], rows);
    }

    [Theory]
    [InlineData(TeamTaskKind.RiskReferral)]
    [InlineData(TeamTaskKind.FaceToFace)]
    public void CON06_CON07_a_task_for_the_team_leader_cannot_be_taken_by_a_caseworker(TeamTaskKind kind)
    {
        var task = TaskIn(Start.Open, kind, "none");

        Assert.IsType<Forbidden>(task.Take(Actors.Caseworker, At));
        Assert.Empty(TeamTaskActions.Allowed(task, Actors.Caseworker));
        Assert.Null(task.Take(Actors.TeamLeader, At));
        Assert.Equal(TeamTaskStatus.Taken, task.Status);
    }

    [Fact]
    public void Issue12_only_the_tasks_team_works_it()
    {
        var task = TaskIn(Start.Open, TeamTaskKind.Translation, "none");

        Assert.IsType<Forbidden>(task.Take(Actors.CaseworkerInAnotherTeam, At));
        Assert.Equal(TeamTaskStatus.Open, task.Status);
    }

    [Fact]
    public void CON05_a_subject_access_task_is_done_with_its_request_not_by_the_table()
    {
        var task = TeamTask.Create(new(TeamTaskKind.SubjectAccessRequest, TeamCodes.SubjectAccess, "700000001", "Jamie", "SAR", new(2026, 4, 1))
        {
            SubjectAccessReference = "SAR000001",
        }, "Gwen Hughes (100007)", At);
        var team = Actors.Staff("SA001", "Gwen Hughes", TeamCodes.SubjectAccess, StaffRoles.SubjectAccess, StaffRoles.Caseworker);

        Assert.IsType<RuleBroken>(task.Take(team, At));
        task.DoneWithItsRecord("Subject access request SAR000001 completed.", team, At);

        Assert.Equal((TeamTaskStatus.Done, "Subject access request SAR000001 completed."), (task.Status, task.Outcome));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Issue12_done_needs_an_outcome(string? outcome)
    {
        var task = TaskIn(Start.TakenByMe, TeamTaskKind.WelshCallBack, Actors.Caseworker.StaffNumber);

        var refusal = Assert.IsType<InvalidInput>(task.Done(outcome, Actors.Caseworker, At));

        Assert.Contains("outcome", refusal.Errors.Keys);
        Assert.Equal(TeamTaskStatus.Taken, task.Status);
    }

    [Fact]
    public void Issue12_each_change_is_audited_and_moves_the_version()
    {
        var task = TaskIn(Start.Open, TeamTaskKind.WelshCallBack, "none");
        Assert.Null(task.Take(Actors.Caseworker, At));
        Assert.Null(task.Release(Actors.TeamLeader, At));
        Assert.Null(task.Take(Actors.AnotherCaseworker, At));
        Assert.Null(task.Done("Rang back in Welsh; new address taken", Actors.AnotherCaseworker, At));

        Assert.Equal(["Team task created", "Team task taken", "Team task given back", "Team task taken", "Team task done"], task.PendingAudit.Select(a => a.Action));
        Assert.Equal(5, task.Version);
        Assert.Equal((Actors.AnotherCaseworker.Label, "Rang back in Welsh; new address taken"), (task.DoneBy, task.Outcome));
    }

    [Theory]
    [InlineData(" polish ", "Polish")]
    [InlineData("BRITISH  sign language", "British sign language")]
    public void CON07_a_language_is_one_language_however_it_is_typed(string typed, string stored) =>
        Assert.Equal(stored, TeamTask.NormaliseLanguage(typed));

    private static TeamTask TaskIn(Start start, TeamTaskKind kind, string myStaffNumber)
    {
        var task = TeamTask.Create(new(kind, Actors.HomeTeam, "700000001", "Jamie Clarke", "Do it", new(2026, 3, 2)), "Carys Evans (100001)", At);
        var me = Actors.Staff(myStaffNumber, "Me", Actors.HomeTeam, StaffRoles.TeamLeader);
        switch (start)
        {
            case Start.TakenByMe:
                Assert.Null(task.Take(me, At));
                break;
            case Start.TakenByOther:
                Assert.Null(task.Take(Actors.AnotherCaseworker, At));
                break;
            case Start.Done:
                Assert.Null(task.Take(Actors.AnotherCaseworker, At));
                Assert.Null(task.Done("Done already", Actors.AnotherCaseworker, At));
                break;
        }

        return task;
    }

    private static Refusal? Act(TeamTask task, TeamTaskAction action, Actor by) => action switch
    {
        TeamTaskAction.Take => task.Take(by, At),
        TeamTaskAction.Done => task.Done("Called the client back", by, At),
        _ => task.Release(by, At),
    };
}

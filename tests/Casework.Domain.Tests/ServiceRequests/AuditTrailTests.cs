using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.Builders.ServiceRequestBuilder;

namespace Casework.Domain.Tests.ServiceRequests;

/// <summary>SR-08: every change leaves one audit record (who, when, what, before/after) and bumps the version.</summary>
public sealed class AuditTrailTests
{
    private static readonly Dictionary<string, (Func<ServiceRequest, Refusal?> Apply, bool HasBefore)> _changes = new(StringComparer.Ordinal)
    {
        ["Status changed"] = (sr => sr.ChangeStatus(ServiceRequestStatus.InProgress, null, Actors.TeamLeader, Later), true),
        ["Activity done"] = (sr => sr.CompleteActivity(2, Actors.TeamLeader, Later), true),
        ["Note added"] = (sr => sr.AddNote("Employer called back", Actors.TeamLeader, Later), false),
        ["Assigned"] = (sr => sr.AssignTo(Actors.Caseworker.AsOwner(), Actors.TeamLeader, Later), true),
        ["Ownership taken"] = (sr => sr.TakeOwnership(Actors.TeamLeader, Later), true),
        ["Assignment locked"] = (sr => sr.SetAssignmentLock(true, Actors.TeamLeader, Later), true),
    };

    public static TheoryData<string> Changes() => [.. _changes.Keys];

    [Theory]
    [MemberData(nameof(Changes))]
    public void SR08_every_change_adds_one_audit_record_and_bumps_the_version(string action)
    {
        var sr = AServiceRequest().InQueueOf(Actors.HomeTeam).Raise();
        var (apply, hasBefore) = _changes[action];
        var (version, records) = (sr.Version, sr.PendingAudit.Count);

        Assert.Null(apply(sr));

        Assert.Equal(version + 1, sr.Version);
        Assert.Equal(records + 1, sr.PendingAudit.Count);
        var record = sr.PendingAudit[^1];
        Assert.Equal((Later, action), (record.At, record.Action));
        Assert.Contains(Actors.TeamLeader.Name, record.By, StringComparison.Ordinal);
        Assert.Contains(Actors.TeamLeader.StaffNumber, record.By, StringComparison.Ordinal);
        Assert.Equal(hasBefore, record.Before is not null);
        Assert.False(string.IsNullOrEmpty(record.After));
        Assert.NotEqual(record.Before, record.After);
    }

    [Fact]
    public void SR08_raising_is_the_first_record_and_version_one()
    {
        var sr = AServiceRequest().RaisedByStaff(Actors.Caseworker).Raise();

        var raised = Assert.Single(sr.PendingAudit);
        Assert.Equal((1, "Raised", RaisedAt), (sr.Version, raised.Action, raised.At));
        Assert.Contains(Actors.Caseworker.StaffNumber, raised.By, StringComparison.Ordinal);
        Assert.Equal(sr.Reference, sr.AuditSubject);
    }

    [Fact]
    public void SR08_a_status_change_records_both_statuses()
    {
        var sr = AServiceRequest().Raise();

        Assert.Null(sr.ChangeStatus(ServiceRequestStatus.PendingAssignment, null, Actors.Caseworker, Later));

        var record = sr.PendingAudit[^1];
        Assert.Equal(("Open / Open", "PendingAssignment / PendingAssignment"), (record.Before, record.After));
    }

    [Fact]
    public void SR08_clearing_the_pending_audit_after_saving_keeps_the_version()
    {
        var sr = AServiceRequest().Raise();
        Assert.Null(sr.AddNote("First", Actors.Caseworker, Later));

        sr.ClearPendingAudit();

        Assert.Empty(sr.PendingAudit);
        Assert.Equal(2, sr.Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void SR08_completing_an_unknown_activity_is_not_found(int number)
    {
        var sr = AServiceRequest().WithActivities(3).Raise();
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<NotFound>(sr.CompleteActivity(number, Actors.Caseworker, Later));

        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }

    [Fact]
    public void SR08_completing_an_activity_twice_is_refused_and_changes_nothing()
    {
        var sr = AServiceRequest().Raise();
        Assert.Null(sr.CompleteActivity(1, Actors.Caseworker, Later));
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<NotAllowedInState>(sr.CompleteActivity(1, Actors.AnotherCaseworker, Later));

        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
        Assert.Equal(Actors.Caseworker.Name, sr.Activities[0].DoneBy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void SR08_a_blank_note_is_invalid_input(string text)
    {
        var sr = AServiceRequest().Raise();
        var before = ServiceRequestSnapshot.Of(sr);

        var invalid = Assert.IsType<InvalidInput>(sr.AddNote(text, Actors.Caseworker, Later));

        Assert.Contains("text", invalid.Errors.Keys);
        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }

    [Fact]
    public void SR08_a_note_is_kept_trimmed_with_who_and_when()
    {
        var sr = AServiceRequest().Raise();

        Assert.Null(sr.AddNote("  Employer will send payslips  ", Actors.Caseworker, Later));

        var note = Assert.Single(sr.Notes);
        Assert.Equal(("Employer will send payslips", Actors.Caseworker.Name, Later), (note.Text, note.By, note.At));
    }
}

using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using CsCheck;

namespace Casework.Domain.Tests.ServiceRequests;

/// <summary>One thing a member of staff can do to a service request, for the property tests.</summary>
public abstract record ServiceRequestCommand
{
    public abstract Refusal? Apply(ServiceRequest sr, Actor by, DateTimeOffset at);
}

public sealed record ChangeStatusCommand(ServiceRequestStatus To, string? SubStatus) : ServiceRequestCommand
{
    public override Refusal? Apply(ServiceRequest sr, Actor by, DateTimeOffset at) => sr.ChangeStatus(To, SubStatus, by, at, "Property run");
}

public sealed record CompleteActivityCommand(int Number) : ServiceRequestCommand
{
    public override Refusal? Apply(ServiceRequest sr, Actor by, DateTimeOffset at) => sr.CompleteActivity(Number, by, at);
}

public sealed record AssignCommand(Owner To) : ServiceRequestCommand
{
    public override Refusal? Apply(ServiceRequest sr, Actor by, DateTimeOffset at) => sr.AssignTo(To, by, at);
}

public sealed record SetLockCommand(bool Locked) : ServiceRequestCommand
{
    public override Refusal? Apply(ServiceRequest sr, Actor by, DateTimeOffset at) => sr.SetAssignmentLock(Locked, by, at);
}

public sealed record TakeOwnershipCommand : ServiceRequestCommand
{
    public override Refusal? Apply(ServiceRequest sr, Actor by, DateTimeOffset at) => sr.TakeOwnership(by, at);
}

public sealed record AddNoteCommand(string Text) : ServiceRequestCommand
{
    public override Refusal? Apply(ServiceRequest sr, Actor by, DateTimeOffset at) => sr.AddNote(Text, by, at);
}

/// <summary>A command and who does it.</summary>
public sealed record Step(Actor By, ServiceRequestCommand Command)
{
    public override string ToString() => $"{By.Name}: {Command}";
}

/// <summary>Generators of random work on a service request with a three-activity plan.</summary>
public static class ServiceRequestGen
{
    public const int ActivityCount = 3;

    private static readonly Gen<Actor> _actor = Gen.OneOf(
        Actors.Caseworker, Actors.AnotherCaseworker, Actors.CaseworkerInAnotherTeam, Actors.TeamLeader);

    private static readonly Gen<string?> _subStatus = Gen.OneOf<string?>(
        SubStatuses.Open, SubStatuses.InProgress, SubStatuses.Wait, SubStatuses.PendingAssignment,
        SubStatuses.PendingApprovalTL, SubStatuses.Completed, SubStatuses.Cancelled, null, "", "Bogus");

    // Half the status changes are rows of the table, so runs get deep into the machine.
    private static readonly Gen<ServiceRequestCommand> _changeStatus = Gen.OneOf<ServiceRequestCommand>(
        Gen.Select(Gen.Enum<ServiceRequestStatus>(), _subStatus, (to, sub) => new ChangeStatusCommand(to, sub)),
        Gen.OneOf([.. StatusTransitions.Table]).Select(t => new ChangeStatusCommand(t.To, t.SubStatus)));

    private static readonly Gen<ServiceRequestCommand> _other = Gen.OneOf<ServiceRequestCommand>(
        Gen.Int[0, ActivityCount + 1].Select(n => new CompleteActivityCommand(n)),
        Gen.OneOf(
            Owner.ForTeam(Actors.HomeTeam), Owner.ForTeam(Actors.OtherTeam),
            Actors.Caseworker.AsOwner(), Actors.AnotherCaseworker.AsOwner()).Select(o => new AssignCommand(o)),
        Gen.Bool.Select(locked => new SetLockCommand(locked)),
        Gen.Const(new TakeOwnershipCommand()),
        Gen.OneOf("", "   ", "Employer called back").Select(text => new AddNoteCommand(text)));

    // Valid activity numbers and table moves get extra weight so that many runs finish the whole plan and
    // close it: the property's coverage check (some run closes as Completed) must not hang on luck.
    private static readonly Gen<ServiceRequestCommand> _progress = Gen.OneOf<ServiceRequestCommand>(
        Gen.Int[1, ActivityCount].Select(n => new CompleteActivityCommand(n)),
        Gen.OneOf([.. StatusTransitions.Table]).Select(t => new ChangeStatusCommand(t.To, t.SubStatus)));

    public static readonly Gen<ServiceRequestCommand> Command =
        Gen.Frequency<ServiceRequestCommand>((2, _changeStatus), (3, _other), (3, _progress));

    public static readonly Gen<Step[]> Steps = Gen.Select(_actor, Command, (by, command) => new Step(by, command)).Array[0, 30];
}

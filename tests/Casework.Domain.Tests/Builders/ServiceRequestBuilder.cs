using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Tests.Builders;

/// <summary>
/// Raises a service request for an employer, in the home team's queue, with a three-activity plan,
/// unless told otherwise.
/// </summary>
public sealed class ServiceRequestBuilder
{
    public static readonly DateTimeOffset RaisedAt = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Later = RaisedAt.AddHours(1);

    public const string EmployerErn = "ERN0000001";
    public const string AgentEarn = "EARN000001";

    private ServiceRequestType _type = CatalogueTypes.WithActivities(3);
    private PartyKind _partyKind = PartyKind.Employer;
    private RaisedBy _raisedBy = RaisedBy.Employer;
    private string? _employerErn = EmployerErn;
    private string? _agentEarn;
    private Owner _owner = Owner.ForTeam(Actors.HomeTeam);
    private Actor _raisedByStaff = Actors.Caseworker;

    public static ServiceRequestBuilder AServiceRequest() => new();

    public ServiceRequestBuilder OfType(ServiceRequestType type)
    {
        _type = type;
        return this;
    }

    public ServiceRequestBuilder WithActivities(int count) => OfType(CatalogueTypes.WithActivities(count));

    public ServiceRequestBuilder ForEmployer()
    {
        (_partyKind, _employerErn, _agentEarn) = (PartyKind.Employer, EmployerErn, null);
        return this;
    }

    public ServiceRequestBuilder ForAgent()
    {
        (_partyKind, _employerErn, _agentEarn) = (PartyKind.Agent, null, AgentEarn);
        return this;
    }

    public ServiceRequestBuilder ForClient()
    {
        (_partyKind, _employerErn, _agentEarn) = (PartyKind.Client, null, null);
        return this;
    }

    public ServiceRequestBuilder RaisedByAgent()
    {
        _raisedBy = RaisedBy.Agent;
        _agentEarn ??= AgentEarn;
        return this;
    }

    public ServiceRequestBuilder InQueueOf(string teamCode) => OwnedBy(Owner.ForTeam(teamCode));

    public ServiceRequestBuilder OwnedBy(Actor staff) => OwnedBy(staff.AsOwner());

    public ServiceRequestBuilder OwnedBy(Owner owner)
    {
        _owner = owner;
        return this;
    }

    public ServiceRequestBuilder RaisedByStaff(Actor staff)
    {
        _raisedByStaff = staff;
        return this;
    }

    public RaiseServiceRequest Command => new(
        "SR-0000001", _type, _partyKind, _employerErn, _agentEarn, _raisedBy, Channel.Phone, _owner,
        new Deadline(DateOnly.FromDateTime(RaisedAt.Date).AddDays(7), "5 working days"), Casework.Domain.Calendar.Region.EnglandAndWales);

    public Result<ServiceRequest> TryRaise() => ServiceRequest.Raise(Command, _raisedByStaff, RaisedAt);

    /// <summary>Raises the SR, failing the test if it is refused.</summary>
    public ServiceRequest Raise()
    {
        var result = TryRaise();
        Assert.True(result.IsSuccess, result.Refusal?.Reason);
        return result.Value!;
    }
}

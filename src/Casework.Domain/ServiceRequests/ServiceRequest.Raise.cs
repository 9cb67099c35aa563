using Casework.Domain.Calendar;
using Casework.Domain.Common;

namespace Casework.Domain.ServiceRequests;

/// <summary>The facts an SR is raised with; the handler resolves references, owner and target first.</summary>
public sealed record RaiseServiceRequest(
    string Reference,
    ServiceRequestType Type,
    PartyKind PartyKind,
    string? EmployerErn,
    string? AgentEarn,
    RaisedBy RaisedBy,
    Channel Channel,
    Owner Owner,
    Deadline Target,
    Region Region,
    ClientParty? Client = null);

public sealed partial class ServiceRequest
{
    public static Result<ServiceRequest> Raise(RaiseServiceRequest request, Actor by, DateTimeOffset at)
    {
        var type = request.Type;
        if (type.EmployerOnly && (request.PartyKind != PartyKind.Employer || request.RaisedBy == RaisedBy.Agent))
        {
            // SR-03: self service, complaints, link agent and remove agent are for employers only.
            return new RuleBroken(request.PartyKind == PartyKind.Client
                ? $"SR-03: {type} can only be raised for an employer, not a client."
                : $"{type} can only be raised for an employer, not an agent.");
        }

        if (!type.IsFor(request.PartyKind))
        {
            // SR-09: the catalogue says which party kinds each type is for.
            return new RuleBroken(
                $"SR-09: {type} is for {string.Join(" or ", type.PartyKinds.Select(k => k.ToString().ToLowerInvariant() + "s"))}, not {request.PartyKind.ToString().ToLowerInvariant()}s.");
        }

        if (RaisedByRefusal(request) is { } wrongRaiser)
        {
            return wrongRaiser;
        }

        if (request.PartyKind == PartyKind.Employer && string.IsNullOrEmpty(request.EmployerErn))
        {
            return new RuleBroken("An employer service request needs the employer's ERN.");
        }

        if (request.PartyKind == PartyKind.Agent && string.IsNullOrEmpty(request.AgentEarn))
        {
            return new RuleBroken("An agent service request needs the agent's EARN.");
        }

        var sr = new ServiceRequest
        {
            Reference = request.Reference,
            Process = type.Process,
            Area = type.Area,
            SubArea = type.SubArea,
            PartyKind = request.PartyKind,
            EmployerErn = request.EmployerErn,
            AgentEarn = request.AgentEarn,
            ClientScin = request.Client?.Scin,
            RepresentativeTrn = request.Client?.RepresentativeTrn,
            RaisedBy = request.RaisedBy,
            Channel = request.Channel,
            Status = ServiceRequestStatus.Open,
            SubStatus = SubStatuses.Open,
            CreatedAt = at,
            TargetDate = request.Target.Date,
            TargetRule = request.Target.Rule,
            Region = request.Region,
        };
        sr.SetOwner(request.Owner);
        var number = 0;
        foreach (var name in type.ActivityTemplate)
        {
            sr._activities.Add(new Activity(++number, name));
        }

        sr.Record(by, at, "Raised", null, $"{type}; owner {request.Owner}; target {request.Target.Date:yyyy-MM-dd}");
        if (request.Client is { } client)
        {
            sr.RecordClient(type, client, by, at);
        }

        return sr;
    }

    private void SetOwner(Owner owner)
    {
        OwnerKind = owner.Kind;
        OwnerStaffNumber = owner.StaffNumber;
        OwnerName = owner.Name;
        OwnerTeamCode = owner.TeamCode;
    }
}

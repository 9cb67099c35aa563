using Casework.Domain.Common;
using Casework.Domain.Contact;

namespace Casework.Domain.ServiceRequests;

/// <summary>
/// The client an SR is for (SR-09) and, for a change of circumstances, what it knows about the client's other recent
/// changes so that it decides the outbound call by itself (CON-08). <paramref name="RepresentativeTrn"/> is set when a
/// representative raised it for the client they act for.
/// </summary>
public sealed record ClientParty(
    string Scin,
    string? RepresentativeTrn,
    ChangeOfCircumstancesContext? Change = null);

public sealed partial class ServiceRequest
{
    /// <summary>SR-09: the paying or receiving parent the SR is for; a plain column so the SR is found by SCIN.</summary>
    public string? ClientScin { get; private set; }

    /// <summary>SR-09: the representative (TRN) who raised the SR for the client they act for.</summary>
    public string? RepresentativeTrn { get; private set; }

    /// <summary>CON-08: the outbound-call decision of a change-of-circumstances SR; null for every other SR.</summary>
    public OutboundCallPlan? OutboundCall { get; private set; }

    private static InvalidInput? RaisedByRefusal(RaiseServiceRequest request)
    {
        var clientRaiser = request.RaisedBy is RaisedBy.Client or RaisedBy.Representative;
        if (request.PartyKind == PartyKind.Client)
        {
            if (request.Client is null || string.IsNullOrWhiteSpace(request.Client.Scin))
            {
                return InvalidInput.For("clientScin", "A client service request needs the client's SCIN.");
            }

            if (!clientRaiser)
            {
                return InvalidInput.For("raisedBy", "A client service request is raised by the client or their representative.");
            }

            return request.RaisedBy == RaisedBy.Representative && string.IsNullOrWhiteSpace(request.Client.RepresentativeTrn)
                ? InvalidInput.For("raisedBy", "Say which representative (TRN) raised it: only a representative's call can raise it as the representative.")
                : null;
        }

        return clientRaiser
            ? InvalidInput.For("raisedBy", $"A {request.PartyKind.ToString().ToLowerInvariant()} service request is raised by the employer or an agent.")
            : null;
    }

    private void RecordClient(ServiceRequestType type, ClientParty client, Actor by, DateTimeOffset at)
    {
        if (client.RepresentativeTrn is { } trn)
        {
            Record(by, at, "Raised by representative", null, $"Representative {trn} for client {client.Scin}");
        }

        if (type.ChangeOfCircumstances is { } reason && client.Change is { } context)
        {
            OutboundCall = ChangeOfCircumstancesCalls.Decide(reason, context);
            Record(by, at, "Outbound call decided", null, OutboundCall.Describe());
        }
    }
}

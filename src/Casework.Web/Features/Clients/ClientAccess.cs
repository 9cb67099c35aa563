using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Clients;

/// <summary>Who may use the client routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class ClientAccess
{
    private const string SubjectAccessTeam = Casework.Domain.Common.StaffRoles.SubjectAccess;

    public static AccessTable Table { get; } = new()
    {
        { "POST /api/clients", Who.Only(Caseworker) },
        { "GET /api/clients", Who.Only(Caseworker, TeamLeader) },
        { "GET /api/clients/{scin}", Who.Only(Caseworker, TeamLeader) },

        // Client records are kept by caseworkers and their team leaders; the subject access team reads them.
        { "POST /api/clients/{scin}/contact-suppression", Who.Only(Caseworker, TeamLeader) },
        { "DELETE /api/clients/{scin}/contact-suppression", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/clients/{scin}/letter-format", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/clients/{scin}/outbound-call-check", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/clients/{scin}/risk-flags", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/clients/{scin}/contact-arrangements", Who.Only(Caseworker, TeamLeader) },
        { "GET /api/clients/{scin}/letters", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/clients/{scin}/letters", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/welsh-call-backs", Who.Only(Caseworker, TeamLeader) },
        { "PAGE /Clients/Index", Who.Only(Caseworker, TeamLeader) },
        { "PAGE /Clients/Create", Who.Only(Caseworker) },
        { "PAGE /Clients/Details", Who.Only(Caseworker, TeamLeader, SubjectAccessTeam) },
        { "POST /Clients/Details?handler=LetterFormat", Who.Only(Caseworker, TeamLeader) },
        { "POST /Clients/Details?handler=Suppress", Who.Only(Caseworker, TeamLeader) },
        { "POST /Clients/Details?handler=Lift", Who.Only(Caseworker, TeamLeader) },
        { "POST /Clients/Details?handler=Risk", Who.Only(Caseworker, TeamLeader) },
        { "POST /Clients/Details?handler=AddRepresentative", Who.Only(Caseworker, TeamLeader) },
        { "POST /Clients/Details?handler=ChangeRepresentative", Who.Only(Caseworker, TeamLeader) },
        { "POST /Clients/Details?handler=RemoveRepresentative", Who.Only(Caseworker, TeamLeader) },
        { "POST /Clients/Details?handler=WelshCallBack", Who.Only(Caseworker, TeamLeader) },
        { "POST /Clients/Details?handler=Arrangement", Who.Only(Caseworker, TeamLeader) },
    };
}

using Casework.Web.Features.Clients;
using Casework.Web.Features.SubjectAccess;

namespace Casework.Web;

/// <summary>Subject access, clients (suppression, risk, representatives) and Welsh call-backs: issue 6's web side.</summary>
public static class ContactCareSetup
{
    public static IServiceCollection AddContactCare(this IServiceCollection services)
    {
        services.AddScoped<Features.Inbox.TeamTaskInbox>();
        services.AddScoped<SubjectLookup>();
        services.AddScoped<SubjectRecords>();
        services.AddScoped<SubjectAccessExporter>();
        services.AddScoped<SubjectAccessHandlers>();
        services.AddScoped<ClientHandlers>();
        services.AddScoped<ClientRegistry>();
        services.AddScoped<ClientHistory>();
        services.AddScoped<ClientRiskHandler>();
        services.AddScoped<ClientLetterHandler>();
        services.AddScoped<WelshCallBacks>();
        services.AddScoped<ContactArrangements>();
        return services;
    }

    public static void MapContactCare(this IEndpointRouteBuilder api)
    {
        api.MapSubjectAccess();
        api.MapClients();
    }
}

using Casework.Web.Features.TeamTasks;

namespace Casework.Web;

/// <summary>Team tasks: their handlers and API routes.</summary>
public static class TeamTaskSetup
{
    public static IServiceCollection AddTeamTasks(this IServiceCollection services) => services.AddScoped<TeamTaskHandlers>();
}

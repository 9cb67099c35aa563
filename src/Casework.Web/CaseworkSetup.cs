using Casework.Domain.Calendar;
using Casework.Web.Data;
using Casework.Web.Data.Demo;
using Casework.Web.Features.AccountManagers;
using Casework.Web.Features.Auth;
using Casework.Web.Features.Calendar;
using Casework.Web.Features.Calls;
using Casework.Web.Features.ComplaintOutcomes;
using Casework.Web.Features.Compliments;
using Casework.Web.Features.Contact;
using Casework.Web.Features.DeoNotices;
using Casework.Web.Features.EmployerComplaints;
using Casework.Web.Features.Employers;
using Casework.Web.Features.InboundCorrespondence;
using Casework.Web.Features.Inbox;
using Casework.Web.Features.Letters;
using Casework.Web.Features.Reports;
using Casework.Web.Features.Representatives;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Features.Staff;
using Casework.Web.Features.TeamTasks;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Access;
using Casework.Web.Infrastructure.Health;
using Casework.Web.Infrastructure.Letters;
using Casework.Web.Infrastructure.Security;
using Casework.Web.Infrastructure.Telemetry;
using Casework.Web.Infrastructure.Letters.Email;
using Casework.Web.Infrastructure.Letters.Rendering;
using Casework.Web.Infrastructure.Letters.Templates;
using Scalar.AspNetCore;

namespace Casework.Web;

/// <summary>Services and pipeline of the one deployable, shared by the app and its tests.</summary>
public static class CaseworkSetup
{
    public static IServiceCollection AddCasework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCaseworkDatabase(configuration);
        services.AddCaseworkAuth();
        services.AddTlsProxy(configuration);
        services.AddCaseworkDataProtection(configuration);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Detail ??= c.ProblemDetails.Status switch
        {
            // Framework refusals (role checks, sign-in) carry no detail of their own; API.md wants one on every error.
            StatusCodes.Status401Unauthorized => "Sign in first: send Authorization: Bearer <token> from POST /api/auth/login.",
            // SEC-10: every refused role gets this one shape, naming the roles the route's declaration allows.
            StatusCodes.Status403Forbidden => c.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Who>()?.RefusalDetail ?? "Your role does not allow this.",
            StatusCodes.Status404NotFound => "There is nothing at this address.",
            StatusCodes.Status405MethodNotAllowed => "This address does not accept that method.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
            _ => null,
        });
        services.AddExceptionHandler<ExceptionHandling>();
        services.AddOpenApi();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddHttpContextAccessor();
        services.AddCaseworkHealth(configuration);
        services.AddCaseworkTelemetry(configuration);
        services.AddDemoWork();
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.Add(new PageAccessConvention());
                o.Conventions.ConfigureFilter(new PageHandlerAccessFilter());
            })
            .AddRazorOptions(o => o.PageViewLocationFormats.Add("/Pages/Shared/{0}.cshtml"));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IWorkingDayCalendar, UkWorkingDayCalendar>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<EmployerReads>();
        services.AddScoped<AccessAudit>();
        services.AddScoped<Casework.Web.Features.Auth.Credentials>();
        services.AddScoped<ReferenceNumbers>();
        services.AddScoped<EmployerHandlers>();
        services.AddScoped<AgentHandlers>();
        services.AddScoped<EmployerContactPreferences>();
        services.AddScoped<ServiceRequestRouting>();
        services.AddScoped<ServiceRequestHandlers>();
        services.AddScoped<InboxHandlers>();
        services.AddScoped<InboxReassign>();
        services.AddScoped<ServiceRequestSearch>();
        services.AddScoped<ServiceRequestList>();
        services.AddScoped<AccountManagerStaff>();
        services.AddScoped<ReferralLetters>();
        services.AddScoped<ReferralHandlers>();
        services.AddScoped<AccountManagerHandlers>();
        services.AddCallerSecrets();
        services.AddScoped<CallRouting>();
        services.AddScoped<CallerAnswerKeys>();
        services.AddScoped<CallHandlers>();
        services.AddContactCare();
        services.AddTeamTasks();
        services.AddScoped<OutboundCallDecisions>();
        services.AddScoped<RepresentativeHandlers>();
        services.AddScoped<DeoNoticeHandlers>();
        services.AddScoped<ComplaintOutcomeHandlers>();
        services.AddScoped<ComplimentHandlers>();
        services.Configure<ComplaintOptions>(configuration.GetSection("Casework:Complaints"));
        services.AddScoped<ComplaintCorrespondence>();
        services.AddScoped<EmployerComplaintHandlers>();
        services.AddScoped<ComplaintDeadlineJob>();
        services.AddScoped<ComplaintReports>();
        services.AddScoped<WorkInProgressReport>();
        services.AddScoped<ReportHeadlines>();
        services.AddHostedService<ComplaintDeadlineScheduler>();

        services.Configure<LettersOptions>(configuration.GetSection("Casework:Letters"));
        services.AddSingleton(LetterTemplates.Instance);
        services.AddSingleton<PdfLetterRenderer>();
        services.AddSingleton(sp => new LouisLibrary(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<LettersOptions>>().Value.BrailleLibrary));
        services.AddSingleton<BrailleLetterRenderer>();
        services.AddSingleton<LetterDocuments>();
        services.AddSingleton<ILetterDeliveryTarget, FolderDeliveryTarget>();
        services.AddScoped<LetterOutbox>();
        services.AddScoped<LetterRecipients>();
        services.AddScoped<LetterBatch>();
        services.AddScoped<LetterHandlers>();
        services.AddScoped<InboundCorrespondenceHandlers>();
        services.AddHostedService<LetterBatchScheduler>();
        services.AddCaseworkEmail(configuration);
        services.AddScoped<IdentityEmailHandler>();
        return services;
    }

    public static WebApplication UseCaseworkPipeline(this WebApplication app)
    {
        app.UseTlsProxy();
        app.UseSecurityHeaders();
        app.UseCaseworkErrorPages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCaseworkMetricsGuard();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseInputGuard();

        app.MapCaseworkHealth();
        app.MapCaseworkMetrics();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapRazorPages();

        var api = app.MapGroup("/api");
        api.UseAccessRules();
        api.MapLogin();
        var secured = api.MapGroup(string.Empty).RequireAuthorization(AuthSetup.ApiPolicy);
        secured.MapCalendar();
        secured.MapEmployers();
        secured.MapIdentityEmail();
        secured.MapStaff();
        secured.MapServiceRequests();
        secured.MapInbox();
        secured.MapLetters();
        secured.MapInboundCorrespondence();
        secured.MapAccountManagers();
        secured.MapCallRouting();
        secured.MapCalls();
        secured.MapContactCare();
        secured.MapTeamTasks();
        secured.MapContact();
        secured.MapRepresentatives();
        secured.MapDeoNotices();
        secured.MapComplaintOutcomes();
        secured.MapCompliments();
        secured.MapEmployerComplaints();
        secured.MapReports();

        // An unknown API route is a 404 problem, never the sign-in page.
        api.MapFallback(() => RefusalResults.Problem(StatusCodes.Status404NotFound, "Not found", "There is no such API route."));
        app.MapCaseworkErrorRoutes();
        return app;
    }
}

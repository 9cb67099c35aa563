using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure.Letters.Email;

public static class EmailSetup
{
    /// <summary>E-mail sent at once (SEC-07): over SMTP when <c>Casework:Smtp:Host</c> is set, otherwise into the outbox folder.</summary>
    public static IServiceCollection AddCaseworkEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<SmtpEmailSender>(sp)
            : ActivatorUtilities.CreateInstance<FolderEmailSender>(sp));
        return services;
    }
}

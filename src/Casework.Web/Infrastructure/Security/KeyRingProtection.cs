using System.Security.Cryptography.X509Certificates;
using Casework.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Casework.Web.Infrastructure.Security;

/// <summary>
/// The Data Protection key ring (which signs cookies and bearer tokens) is shared by every node through the database,
/// but never in clear there (SEC-11): each key is encrypted with the certificate in
/// <c>Casework:DataProtection:CertificateFile</c> (a PFX outside the database, with <c>CertificatePassword</c>). Only a
/// demo (<c>Casework:DemoData</c> true) may run without one; otherwise the first use of a key stops with the setting to give.
/// </summary>
public static class KeyRingProtection
{
    public const string CertificateFileSetting = "Casework:DataProtection:CertificateFile";
    public const string CertificatePasswordSetting = "Casework:DataProtection:CertificatePassword";

    public static IServiceCollection AddCaseworkDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection().SetApplicationName("Casework").PersistKeysToDbContext<CaseworkDbContext>();
        var file = configuration[CertificateFileSetting];
        if (!string.IsNullOrWhiteSpace(file))
        {
            builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(file, configuration[CertificatePasswordSetting]));
        }
        else if (!configuration.GetValue<bool>("Casework:DemoData"))
        {
            services.PostConfigure<KeyManagementOptions>(_ => throw new InvalidOperationException(
                $"{CertificateFileSetting} is not set: the key ring that signs sessions and tokens would be stored in clear in the database. "
                + "Give a PFX certificate outside the database (and its password in Casework__DataProtection__CertificatePassword)."));
        }

        return services;
    }
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Casework.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Casework.Web.Tests.Security;

/// <summary>Issue 10 item 6 (SEC-11): the key ring is encrypted with a certificate kept outside the database.</summary>
public sealed class KeyRingProtectionTests
{
    [Fact]
    public void SEC11_with_a_certificate_configured_every_key_is_encrypted_with_it_before_it_is_stored()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"casework-keyring-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Casework key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        }

        try
        {
            var options = Options(new()
            {
                [KeyRingProtection.CertificateFileSetting] = pfx, [KeyRingProtection.CertificatePasswordSetting] = "pfx-password", ["Casework:DemoData"] = "false",
            });

            Assert.IsType<CertificateXmlEncryptor>(options.XmlEncryptor);
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public void SEC11_without_demo_data_a_key_ring_without_a_certificate_is_refused_with_the_setting_to_give()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Options(new() { ["Casework:DemoData"] = "false" }));
        Assert.Contains(KeyRingProtection.CertificateFileSetting, failure.Message, StringComparison.Ordinal);
    }

    private static KeyManagementOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddCaseworkDataProtection(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;
    }
}

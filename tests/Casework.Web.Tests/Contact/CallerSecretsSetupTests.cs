using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Web.Infrastructure;
using Casework.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Casework.Web.Tests.Contact;

/// <summary>SEC-04 key handling: the PIN key comes from outside the database, and only Development has a default.</summary>
public sealed class CallerSecretsSetupTests
{
    [Fact]
    public void SEC04_outside_development_no_configured_key_stops_the_app_with_the_setting_to_give()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => CallerSecretsSetup.CreateHasher(Configuration(null), Environment(Environments.Production)));

        Assert.Contains("Casework:CallerSecrets:PinKey", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void SEC04_a_key_that_is_not_base64_of_32_bytes_is_refused(string key) =>
        Assert.Throws<InvalidOperationException>(() => CallerSecretsSetup.CreateHasher(Configuration(key), Environment(Environments.Development)));

    [Fact]
    public void SEC04_development_falls_back_to_its_fixed_key_and_a_configured_key_wins()
    {
        var development = CallerSecretsSetup.CreateHasher(Configuration(null, demoData: true), Environment(Environments.Development));
        var configured = CallerSecretsSetup.CreateHasher(Configuration(CaseworkFactory.TestPinKey), Environment(Environments.Production));
        var pin = development.HashPin("4715293");

        Assert.True(development.VerifyPinDigit(pin, 3, '1'));
        // Keyed: another key cannot check the same stored digit.
        Assert.False(configured.VerifyPinDigit(pin, 3, '1'));
    }

    [Fact]
    public void SEC01_live_questions_are_chosen_by_the_operating_systems_generator()
    {
        var services = new ServiceCollection().AddCallerSecrets().BuildServiceProvider();

        Assert.IsType<SecureRandomSource>(services.GetRequiredService<IRandomSource>());
        Assert.Equal(LockoutPolicy.Default, services.GetRequiredService<LockoutPolicy>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(DevelopmentKey)]
    public void SEC11_the_built_in_development_key_is_refused_whenever_demo_data_is_off(string? key)
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            CallerSecretsSetup.CreateHasher(Configuration(key, demoData: false), Environment(Environments.Development)));
        Assert.Contains("Casework:CallerSecrets:PinKey", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>The fixed key in CallerSecretsSetup (public in the repository).</summary>
    private const string DevelopmentKey = "MfsOT5WjdXuILh+6/wSVrXyA4dZkKLx5cAuiF+AhmPI=";

    private static IConfiguration Configuration(string? key, bool demoData = false) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            [CallerSecretsSetup.PinKeySetting] = key, [CallerSecretsSetup.IterationsSetting] = "1000", ["Casework:DemoData"] = demoData.ToString(),
        })
        .Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}

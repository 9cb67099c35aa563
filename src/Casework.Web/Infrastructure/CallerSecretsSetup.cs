using Casework.Domain.Contact;
using Casework.Domain.Security;

namespace Casework.Web.Infrastructure;

/// <summary>
/// The caller-secret hasher (SEC-04) and the randomness behind question choice (SEC-01/02/03). The PIN key lives
/// outside the database (DESIGN "Secrets of callers"): <c>Casework:CallerSecrets:PinKey</c>, base64 of at least 32
/// bytes, from configuration or the environment. Only the Development environment falls back to a fixed key.
/// </summary>
public static class CallerSecretsSetup
{
    public const string PinKeySetting = "Casework:CallerSecrets:PinKey";
    public const string IterationsSetting = "Casework:CallerSecrets:HashIterations";

    // Public in the repository, so it protects nothing: it only lets `dotnet run` work without set-up.
    private const string DevelopmentPinKey = "MfsOT5WjdXuILh+6/wSVrXyA4dZkKLx5cAuiF+AhmPI=";

    public static IServiceCollection AddCallerSecrets(this IServiceCollection services)
    {
        // A caller who could predict the questions could prepare for just those: the OS generator, never Random.
        services.AddSingleton<IRandomSource>(SecureRandomSource.Instance);
        services.AddSingleton(LockoutPolicy.Default);
        services.AddSingleton<ICallerSecretHasher>(sp => CreateHasher(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        return services;
    }

    public static Pbkdf2CallerSecretHasher CreateHasher(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[PinKeySetting];
        // The fixed key is public (it is in the repository): it may key only demo callers, never real ones (SEC-11).
        var demoData = configuration.GetValue<bool>("Casework:DemoData");
        var key = string.IsNullOrWhiteSpace(configured)
            ? environment.IsDevelopment() && demoData ? DevelopmentPinKey : throw new InvalidOperationException(
                $"{PinKeySetting} is not set: give a base64 key of at least {Pbkdf2CallerSecretHasher.MinimumKeyBytes} bytes "
                + "(for example in the environment variable Casework__CallerSecrets__PinKey). Callers' PIN digits are keyed with it.")
            : configured;
        if (!demoData && key.Trim() == DevelopmentPinKey)
        {
            throw new InvalidOperationException(
                $"{PinKeySetting} is the built-in Development key, which is public; it is refused while Casework:DemoData is off. Generate a key of your own.");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(key.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{PinKeySetting} is not base64.", e);
        }

        if (bytes.Length < Pbkdf2CallerSecretHasher.MinimumKeyBytes)
        {
            throw new InvalidOperationException($"{PinKeySetting} must be at least {Pbkdf2CallerSecretHasher.MinimumKeyBytes} bytes.");
        }

        return new Pbkdf2CallerSecretHasher(bytes, configuration.GetValue(IterationsSetting, Pbkdf2CallerSecretHasher.DefaultIterations));
    }
}

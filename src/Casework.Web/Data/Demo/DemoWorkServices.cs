using Casework.Web.Infrastructure;

namespace Casework.Web.Data.Demo;

/// <summary>
/// The app's own service registrations, kept so the demo work can be generated through a second container that is the
/// same in every respect but its clock (<see cref="DemoWorkClock"/>): the real handlers then date what they do in the
/// past, as if the work had happened over the last few weeks. Used once, when the demo database is created.
/// </summary>
public sealed class DemoWorkServices(IServiceCollection registrations)
{
    public ServiceProvider BuildWith(DemoWorkClock clock)
    {
        var copy = new ServiceCollection();
        foreach (var registration in registrations)
        {
            if (registration.ServiceType != typeof(TimeProvider) && registration.ServiceType != typeof(IHostedService))
            {
                ((ICollection<ServiceDescriptor>)copy).Add(registration);
            }
        }

        copy.AddSingleton<TimeProvider>(clock);
        return copy.BuildServiceProvider();
    }
}

/// <summary>A clock the demo generator sets by hand; it never moves by itself.</summary>
public sealed class DemoWorkClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}

public static class DemoWorkSetup
{
    /// <summary>Keeps the registrations (the collection itself, so test overrides added later are in it too).</summary>
    public static IServiceCollection AddDemoWork(this IServiceCollection services) =>
        services.AddSingleton(new DemoWorkServices(services));

    /// <summary>Whether the demo work is wanted: <c>Casework:DemoWork</c>, which needs <c>Casework:DemoData</c>.</summary>
    public static bool Enabled(IConfiguration configuration) =>
        configuration.GetValue<bool>("Casework:DemoData") && configuration.GetValue<bool>("Casework:DemoWork");
}

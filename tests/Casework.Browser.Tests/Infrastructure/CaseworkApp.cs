namespace Casework.Browser.Tests.Infrastructure;

/// <summary>
/// One app process and one Chromium for the whole suite: a start costs seconds (migrations, demo data), a journey
/// less. Journeys isolate themselves with their own browser contexts and their own new service requests.
/// </summary>
public sealed class CaseworkApp : IAsyncLifetime
{
    private AppServer? _server;
    private Browser? _browser;

    public AppServer Server => _server ?? throw new InvalidOperationException("The app has not started.");

    public Browser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        // Browser first: a missing Chromium should say so, not wait for the app to migrate.
        _browser = await Browser.LaunchAsync();
        _server = await AppServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CaseworkAppCollection : ICollectionFixture<CaseworkApp>
{
    public const string Name = "Casework app";
}

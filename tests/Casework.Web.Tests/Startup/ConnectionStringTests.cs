using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Casework.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Casework.Web.Tests.Startup;

/// <summary>
/// Issue 14: Npgsql resets a pooled connection (<c>DISCARD ALL</c>) each time it is returned — once per query outside a
/// transaction. The app keeps no session state on a connection, so its PostgreSQL string says No Reset On Close,
/// unless whoever configured it said otherwise.
/// </summary>
public sealed class ConnectionStringTests
{
    [Fact]
    public void The_PostgreSQL_connection_string_gets_No_Reset_On_Close()
    {
        var configured = "Host=db.example;Port=5432;Username=casework;Password=secret;Database=casework";

        var used = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString(configured));

        Assert.True(used.NoResetOnClose);
        Assert.Equal(("db.example", 5432, "casework", "secret", "casework"), (used.Host, used.Port, used.Username, used.Password, used.Database));
    }

    [Theory]
    [InlineData("Host=db.example;No Reset On Close=false")]
    [InlineData("Host=db.example;NoResetOnClose=False")]
    [InlineData("Host=db.example;no reset on close=false")]
    public void A_connection_string_that_asks_for_the_reset_keeps_it(string configured) =>
        Assert.False(new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString(configured)).NoResetOnClose);
}

/// <summary>The app's own unit of work on PostgreSQL uses the string with No Reset On Close.</summary>
public sealed class PostgresConnectionStringTests(PostgresFactory app) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task The_app_on_PostgreSQL_connects_with_No_Reset_On_Close()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();

        Assert.True(new NpgsqlConnectionStringBuilder(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database)).NoResetOnClose);
    }
}

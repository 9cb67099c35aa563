using System.Net;
using System.Text.Json;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Health;

/// <summary>OPS-02, API.md "Running it": /health lists each dependency with its status and description.</summary>
public abstract class HealthTests(CaseworkFactory app)
{
    [Fact]
    public async Task OPS02_health_lists_database_letter_fonts_braille_and_outbox_each_healthy_here()
    {
        using var anonymous = app.Anonymous();
        using var response = await anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks");
        foreach (var name in new[] { "database", "letterFonts", "braille", "outbox" })
        {
            var check = checks.GetProperty(name);
            Assert.Equal("Healthy", check.GetProperty("status").GetString());
            Assert.False(string.IsNullOrWhiteSpace(check.GetProperty("description").GetString()), $"{name} has no description");
        }

        Assert.Contains("Fonts", checks.GetProperty("letterFonts").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("liblouis", checks.GetProperty("braille").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(app.OutboxFolder, checks.GetProperty("outbox").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(checks.TryGetProperty("smtp", out _), "SMTP is checked only when configured");
    }
}

public sealed class HealthTests_Sqlite(SqliteFactory app) : HealthTests(app), IClassFixture<SqliteFactory>;

public sealed class HealthTests_Postgres(PostgresFactory app) : HealthTests(app), IClassFixture<PostgresFactory>;

using System.Net;
using Casework.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>EC-13: the redress limits are configuration (Casework:Complaints), not code.</summary>
public abstract class RedressLimitTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC13_the_configured_limits_are_the_ones_enforced()
    {
        var caseworker = await app.LoginAs("caseworker");
        var accepted = await caseworker.Accepted();
        var reference = accepted.Reference;

        await caseworker.AssertRefused(reference, () => caseworker.TryAddLine(reference, Redress(100.01m)), HttpStatusCode.UnprocessableEntity);
        await caseworker.AddLine(reference, "FinancialRedress", "Bank charges", new { kind = "Redress", amount = 100m, holdToOffset = false });
        await caseworker.AddLine(reference, "FinancialRedress", "Postage", new { kind = "Redress", amount = 50m, holdToOffset = false });
        var problem = await caseworker.AssertRefused(reference, () => caseworker.TryAddLine(reference, Redress(0.01m)), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("150.00", problem.Detail, StringComparison.Ordinal);
    }

    private static object Redress(decimal amount) =>
        new { resolutionType = "FinancialRedress", description = "Costs", financial = new { kind = "Redress", amount, holdToOffset = false } };
}

/// <summary>An app with redress limited to £100 a payment and £150 a complaint.</summary>
public abstract class LowRedressFactory(DatabaseProvider provider) : CaseworkFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Casework:Complaints:RedressPerLine", "100");
        builder.UseSetting("Casework:Complaints:RedressPerComplaint", "150");
    }
}

public sealed class LowRedressSqliteFactory() : LowRedressFactory(DatabaseProvider.Sqlite);

public sealed class LowRedressPostgresFactory() : LowRedressFactory(DatabaseProvider.Postgres);

public sealed class RedressLimitTests_Sqlite(LowRedressSqliteFactory app) : RedressLimitTests(app), IClassFixture<LowRedressSqliteFactory>;

public sealed class RedressLimitTests_Postgres(LowRedressPostgresFactory app) : RedressLimitTests(app), IClassFixture<LowRedressPostgresFactory>;

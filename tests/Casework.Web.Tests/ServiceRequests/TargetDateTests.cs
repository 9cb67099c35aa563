using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ServiceRequests;

/// <summary>
/// Target completion dates in working days of the employer's region (SR-01, CAL-01), with the app's
/// clock moved to Christmas week. Its own app per lane, as the clock only moves forward.
/// </summary>
public abstract class TargetDateTests(CaseworkFactory app)
{
    private static readonly DateTimeOffset _christmasWeek = new(2026, 12, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CAL01_a_five_working_day_target_raised_before_christmas_skips_the_bank_holidays_of_the_employers_region()
    {
        // Wed 23 Dec 2026: Thu 24 is day 1; Fri 25 Christmas; Mon 28 the Boxing Day substitute; 29, 30, 31;
        // Fri 1 Jan New Year; Mon 4 Jan is day 5 in England and Wales, a 2 January substitute in Scotland.
        app.TravelTo(_christmasWeek);
        var http = await app.LoginAs("caseworker");
        var scottish = await http.CreateEmployer("Tay Bridge Test Bakeries Ltd", Region.Scotland);

        var england = await http.RaiseSr();
        var scotland = await http.RaiseSr(employerErn: scottish.Ern);

        Assert.Equal(new DateOnly(2027, 1, 4), england.TargetDate);
        Assert.Equal(new DateOnly(2027, 1, 5), scotland.TargetDate);
        Assert.Equal(_christmasWeek, england.CreatedAt);
        var audit = await http.Audit(england.Reference);
        Assert.Contains("target 2027-01-04", audit[0].After, StringComparison.Ordinal);
    }
}

public sealed class TargetDateTests_Sqlite(SqliteFactory app) : TargetDateTests(app), IClassFixture<SqliteFactory>;

public sealed class TargetDateTests_Postgres(PostgresFactory app) : TargetDateTests(app), IClassFixture<PostgresFactory>;

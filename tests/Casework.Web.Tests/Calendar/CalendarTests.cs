using System.Globalization;
using System.Net;
using System.Text.Json;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Calendar;

/// <summary>GET /api/calendar/working-days/add (CAL-01, CAL-02).</summary>
public abstract class CalendarTests(CaseworkFactory app)
{
    private const string Route = "/api/calendar/working-days/add";

    [Fact]
    public async Task CAL01_the_documented_example_five_may_2023_plus_two_is_ten_may_over_the_coronation()
    {
        var http = await app.LoginAs("caseworker");
        var body = await http.Get<JsonElement>($"{Route}?from=2023-05-05&days=2&region=EnglandAndWales");
        Assert.Equal("2023-05-10", body.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("2023-12-29", 1, "EnglandAndWales", "2024-01-02")]
    [InlineData("2023-12-29", 1, "Scotland", "2024-01-03")] // 2 January is a Scottish bank holiday
    [InlineData("2025-07-11", 1, "NorthernIreland", "2025-07-15")] // Battle of the Boyne, Monday substitute
    [InlineData("2026-12-23", 5, "EnglandAndWales", "2027-01-04")] // Christmas, Boxing Day substitute, New Year
    [InlineData("2026-12-23", 5, "Scotland", "2027-01-05")] // and the 2 January substitute
    [InlineData("2023-05-06", 0, "EnglandAndWales", "2023-05-09")] // 0 from a Saturday: next working day
    public async Task CAL01_adding_working_days_skips_weekends_and_the_regions_bank_holidays(
        string from, int days, string region, string expected)
    {
        var http = await app.LoginAs("caseworker");
        var result = await http.Get<WorkingDateView>(
            string.Create(CultureInfo.InvariantCulture, $"{Route}?from={from}&days={days}&region={region}"));

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), result.Date);
        Assert.Contains(region, result.Rule, StringComparison.Ordinal); // CAL-02: the rule comes with the date
    }

    [Theory]
    [InlineData("days=2&region=EnglandAndWales", "from")]
    [InlineData("from=2023-13-01&days=2&region=EnglandAndWales", "from")]
    [InlineData("from=05/05/2023&days=2&region=EnglandAndWales", "from")]
    [InlineData("from=2023-05-05&region=EnglandAndWales", "days")]
    [InlineData("from=2023-05-05&days=two&region=EnglandAndWales", "days")]
    [InlineData("from=2023-05-05&days=-1&region=EnglandAndWales", "days")]
    [InlineData("from=2023-05-05&days=1001&region=EnglandAndWales", "days")]
    [InlineData("from=2023-05-05&days=2", "region")]
    [InlineData("from=2023-05-05&days=2&region=Wales", "region")]
    [InlineData("", "from")]
    public async Task CAL01_a_bad_calendar_query_is_400_naming_the_field(string query, string field)
    {
        var http = await app.LoginAs("caseworker");
        var response = await http.GetAsync($"{Route}?{query}");
        await response.AssertProblem(HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("from=1900-01-01&days=2&region=EnglandAndWales", "from")]
    [InlineData("from=2099-12-30&days=5&region=EnglandAndWales", null)]
    public async Task CAL01_a_date_outside_the_calendar_years_is_400_not_500(string query, string? field)
    {
        var http = await app.LoginAs("caseworker");
        var response = await http.GetAsync($"{Route}?{query}");
        await response.AssertProblem(HttpStatusCode.BadRequest, field is null ? [] : [field]);
    }

    [Fact]
    public async Task CAL01_a_region_given_as_a_number_is_400()
    {
        var http = await app.LoginAs("caseworker");
        var response = await http.GetAsync($"{Route}?from=2023-05-05&days=2&region=1");
        await response.AssertProblem(HttpStatusCode.BadRequest, "region");
    }
}

public sealed class CalendarTests_Sqlite(SqliteFactory app) : CalendarTests(app), IClassFixture<SqliteFactory>;

public sealed class CalendarTests_Postgres(PostgresFactory app) : CalendarTests(app), IClassFixture<PostgresFactory>;

using Casework.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>
/// An app whose clock starts on <paramref name="start"/> and whose deadline job runs only when a test asks for it: the
/// scheduled run would fire on the fake clock whenever a test travels and race the test's own run.
/// </summary>
public abstract class ClockedFactory(DatabaseProvider provider, DateTimeOffset start) : CaseworkFactory(provider, start)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Casework:Complaints:ScheduleDeadlineJob", "false");
    }
}

/// <summary>Wed 23 December 2026, 09:00 UK: Christmas Day (Fri), Boxing Day's substitute (Mon 28) and New Year's Day (Fri 1 January 2027) ahead.</summary>
public static class Christmas2026
{
    public static readonly DateTimeOffset Start = new(2026, 12, 23, 9, 0, 0, TimeSpan.Zero);
}

/// <summary>Thu 25 March 2027, 09:00 UK: Good Friday (26 March) and Easter Monday (29 March) ahead, and the clocks go forward on 28 March.</summary>
public static class Easter2027
{
    public static readonly DateTimeOffset Start = new(2027, 3, 25, 9, 0, 0, TimeSpan.Zero);
}

public sealed class ChristmasSqliteFactory() : ClockedFactory(DatabaseProvider.Sqlite, Christmas2026.Start);

public sealed class ChristmasPostgresFactory() : ClockedFactory(DatabaseProvider.Postgres, Christmas2026.Start);

public sealed class EasterSqliteFactory() : ClockedFactory(DatabaseProvider.Sqlite, Easter2027.Start);

public sealed class EasterPostgresFactory() : ClockedFactory(DatabaseProvider.Postgres, Easter2027.Start);

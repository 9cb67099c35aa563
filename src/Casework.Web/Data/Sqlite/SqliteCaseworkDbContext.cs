using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Casework.Web.Data.Sqlite;

/// <summary>The embedded default. SQLite cannot order or compare DateTimeOffset, so it is stored as a sortable number.</summary>
public sealed class SqliteCaseworkDbContext(DbContextOptions<SqliteCaseworkDbContext> options) : CaseworkDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCaseworkDbContext>
{
    public SqliteCaseworkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCaseworkDbContext>().UseSqlite("Data Source=design.db").Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Casework.Web.Data.Postgres;

/// <summary>PostgreSQL, for many caseworkers sharing one system.</summary>
public sealed class PostgresCaseworkDbContext(DbContextOptions<PostgresCaseworkDbContext> options) : CaseworkDbContext(options);

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCaseworkDbContext>
{
    public PostgresCaseworkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCaseworkDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=casework_design").Options);
}

using System.Data.Common;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Casework.Web.Infrastructure;

/// <summary>
/// OPS-04: which of the app's migrations a database lacks, asked with one plain read of the history table instead of
/// EF's migrator (which builds a model of the history table and checks that it exists first). Start-up runs
/// <c>MigrateAsync</c> only when this names any, so an up-to-date database costs one query.
/// </summary>
public static class MigrationsCheck
{
    /// <summary>The ids of the migrations not applied, oldest first; all of them when the history table is missing.</summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(CaseworkDbContext db, CancellationToken ct = default)
    {
        var known = db.GetService<IMigrationsAssembly>().Migrations.Keys;
        var applied = await AppliedAsync(db.Database, ct);
        return applied is null ? [.. known] : [.. known.Where(id => !applied.Contains(id))];
    }

    /// <summary>The applied migration ids, or null when there is no history table (a new database).</summary>
    private static async Task<HashSet<string>?> AppliedAsync(Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database, CancellationToken ct)
    {
        try
        {
            await database.OpenConnectionAsync(ct);
        }
        catch (DbException)
        {
            if (await database.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct))
            {
                throw;
            }

            // No database at all (PostgreSQL refuses the connection); MigrateAsync creates it, as it did before this check.
            return null;
        }

        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
            var ids = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    ids.Add(reader.GetString(0));
                }
            }
            catch (DbException)
            {
                // No such table (both providers say so with their DbException); MigrateAsync creates it.
                return null;
            }

            return ids;
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}

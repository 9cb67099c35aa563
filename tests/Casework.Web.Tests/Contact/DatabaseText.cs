using System.Data.Common;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Contact;

/// <summary>One text value found in the database, with where it was.</summary>
public sealed record TextCell(string Table, string Column, string Value);

/// <summary>Reads every text column of every table of a test app's database, whichever the provider.</summary>
public static class DatabaseText
{
    public static async Task<IReadOnlyList<TextCell>> ReadAllAsync(CaseworkFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var cells = new List<TextCell>();
            foreach (var (table, column) in await TextColumnsAsync(connection, app.Provider))
            {
                await using var select = connection.CreateCommand();
                // Names come from the database's own catalogue, quoted.
                select.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    cells.Add(new TextCell(table, column, reader.GetValue(0)?.ToString() ?? string.Empty));
                }
            }

            return cells;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<(string Table, string Column)>> TextColumnsAsync(DbConnection connection, DatabaseProvider provider)
    {
        var columns = new List<(string, string)>();
        if (provider == DatabaseProvider.Postgres)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'xml')
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }

            return columns;
        }

        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM pragma_table_info('{table.Replace("'", "''", StringComparison.Ordinal)}')";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // SQLite stores any type in any column, so every column is read as text.
                columns.Add((table, reader.GetString(0)));
            }
        }

        return columns;
    }
}

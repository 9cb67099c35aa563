using Npgsql;

namespace Casework.DataGen;

/// <summary>
/// Loading millions of rows into indexed tables is slow; loading then indexing is fast. Before a load the secondary
/// indexes and the foreign keys of the tables are dropped (their definitions read from the catalogue, so whatever the
/// migrations made is what comes back), and afterwards they are created again, the keys validated, and the tables vacuumed and analysed.
/// </summary>
internal sealed class BulkLoad(NpgsqlDataSource data, IReadOnlyList<string> tables)
{
    private readonly List<string> _restore = [];

    public async Task DropIndexesAndKeysAsync()
    {
        await using var conn = await data.OpenConnectionAsync();
        var keys = await ReadAsync(conn, """
            SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)),
                   format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname)
            FROM pg_constraint c
            WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY(@t) OR c.confrelid::regclass::text = ANY(@t))
            """);
        var indexes = await ReadAsync(conn, """
            SELECT i.indexdef, format('DROP INDEX %I', i.indexname)
            FROM pg_indexes i
            WHERE i.schemaname = 'public' AND format('%I', i.tablename) = ANY(@t)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """);
        foreach (var (create, drop) in keys.Concat(indexes))
        {
            await ExecuteAsync(conn, drop);
        }

        _restore.AddRange(indexes.Select(i => i.Create));
        _restore.AddRange(keys.Select(k => k.Create));
    }

    public async Task RestoreAsync()
    {
        // Indexes one connection each, two at a time: the machine has two cores.
        var creates = _restore.Where(s => !s.StartsWith("ALTER", StringComparison.Ordinal)).ToList();
        await Parallel.ForEachAsync(creates, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (sql, ct) =>
        {
            await using var conn = await data.OpenConnectionAsync(ct);
            await ExecuteAsync(conn, "SET maintenance_work_mem = '512MB'");
            await ExecuteAsync(conn, sql);
        });
        await using var one = await data.OpenConnectionAsync();
        foreach (var sql in _restore.Where(s => s.StartsWith("ALTER", StringComparison.Ordinal)))
        {
            await ExecuteAsync(one, sql);
        }

        foreach (var table in tables)
        {
            // VACUUM sets the visibility map too, so counts over the inbox indexes are index-only, as on a live database.
            await ExecuteAsync(one, $"VACUUM (ANALYZE) {table}");
        }

        _restore.Clear();
    }

    public static async Task ExecuteAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task<List<(string Create, string Drop)>> ReadAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("t", tables.ToArray());
        var rows = new List<(string, string)>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}

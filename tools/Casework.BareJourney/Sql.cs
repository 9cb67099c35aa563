using Npgsql;

namespace Casework.BareJourney;

/// <summary>Raw Npgsql: positional parameters, statements sent together in one batch (one round trip).</summary>
public static class Sql
{
    public static NpgsqlBatchCommand Cmd(string text, params object?[] args)
    {
        var cmd = new NpgsqlBatchCommand(text);
        foreach (var a in args)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = a ?? DBNull.Value });
        }

        return cmd;
    }

    /// <summary>Runs the writes of a step in one round trip.</summary>
    public static async Task WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(conn, tx);
        foreach (var c in commands)
        {
            batch.BatchCommands.Add(c);
        }

        await batch.ExecuteNonQueryAsync(ct);
    }
}

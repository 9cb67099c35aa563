using Npgsql;

namespace Casework.LoadBench;

/// <summary>
/// Real keys read once at start-up (read-only, Npgsql), so every request hits data that exists: a sample of SR
/// references, ERNs, SCINs and name search terms, and the caseworker's own open SRs for the writes. The note and
/// status pools are disjoint, so two writes of the run never race for one SR.
/// </summary>
internal sealed record BenchData(
    IReadOnlyList<string> References,
    IReadOnlyList<string> Erns,
    IReadOnlyList<string> Scins,
    IReadOnlyList<string> EmployerNames,
    IReadOnlyList<string> ClientNames,
    IReadOnlyList<string> ComplaintErns,
    IReadOnlyList<string> NoteRefs,
    IReadOnlyList<(string Reference, bool InProgress)> StatusRefs)
{
    public static async Task<BenchData> LoadAsync(string connection, string staffNumber)
    {
        await using var data = NpgsqlDataSource.Create(connection);
        var srs = await RowsAsync(data, """SELECT "Reference", coalesce("EmployerErn", ''), coalesce("ClientScin", '') FROM "ServiceRequests" TABLESAMPLE SYSTEM (1) REPEATABLE (14) LIMIT 3000""");
        var employers = await RowsAsync(data, """SELECT "Ern", "Name" FROM "Employers" TABLESAMPLE SYSTEM (1) REPEATABLE (14) LIMIT 2000""");
        var clients = await RowsAsync(data, """SELECT "Scin", "Name" FROM "Clients" TABLESAMPLE SYSTEM (1) REPEATABLE (14) LIMIT 2000""");
        // Employers with no complaint yet, so a logged complaint meets no related one (EC-15's compensation rule, the six-month rule).
        var quiet = await RowsAsync(data, """
            SELECT e."Ern" FROM "Employers" e TABLESAMPLE SYSTEM (1) REPEATABLE (15)
            WHERE NOT EXISTS (SELECT 1 FROM "EmployerComplaints" c WHERE c."EmployerErn" = e."Ern") LIMIT 3000
            """);
        var mine = await RowsAsync(data, $"""
            SELECT "Reference", "Status" FROM "ServiceRequests"
            WHERE "OwnerStaffNumber" = '{staffNumber}' AND "Status" <> 'Closed' AND "Workflow" IS NULL AND NOT "AssignmentLocked"
            ORDER BY "Id" LIMIT 6000
            """);
        var moving = mine.Where(r => r[1] is "InProgress" or "Wait").Take(mine.Count / 2).ToList();
        var movingRefs = moving.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        return new BenchData(
            srs.Select(r => r[0]).ToList(),
            srs.Select(r => r[1]).Where(e => e.Length > 0).Concat(employers.Select(r => r[0])).Distinct(StringComparer.Ordinal).ToList(),
            srs.Select(r => r[2]).Where(s => s.Length > 0).Concat(clients.Select(r => r[0])).Distinct(StringComparer.Ordinal).ToList(),
            employers.Select(r => Words(r[1], 2, 99)).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            clients.Select(r => Words(r[1], 2, 2)).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            quiet.Select(r => r[0]).ToList(),
            mine.Where(r => !movingRefs.Contains(r[0])).Select(r => r[0]).ToList(),
            moving.Select(r => (r[0], r[1] == "InProgress")).ToList());
    }

    /// <summary>A search term as a person types it: the first word and the start of the next ("owen kh"), lower case.</summary>
    private static string Words(string name, int words, int lastLength)
    {
        var parts = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < words)
        {
            return "";
        }

        var last = parts[words - 1];
        return string.Join(' ', parts.Take(words - 1).Append(last[..Math.Min(lastLength, last.Length)]));
    }

    private static async Task<List<string[]>> RowsAsync(NpgsqlDataSource data, string sql)
    {
        var rows = new List<string[]>();
        await using var cmd = data.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetValue(i).ToString() ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }
}

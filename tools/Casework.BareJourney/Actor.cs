using Npgsql;

namespace Casework.BareJourney;

/// <summary>
/// Who acts. The baseline checks only that a bearer token is present; every call acts as one member of staff
/// (<c>BareJourney:UserName</c>, the demo caseworker by default), read once at start.
/// </summary>
public sealed record Actor(string StaffNumber, string Name, string TeamCode)
{
    /// <summary>How audit rows and the complaint name a member of staff: "Carys Evans (100001)".</summary>
    public string Display => $"{Name} ({StaffNumber})";

    public static async Task<Actor> LoadAsync(NpgsqlDataSource db, string userName)
    {
        await using var cmd = db.CreateCommand("""SELECT "StaffNumber", "Name", "TeamCode" FROM "Staff" WHERE "UserName" = $1""");
        cmd.Parameters.Add(new NpgsqlParameter { Value = userName });
        await using var reader = await cmd.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new Actor(reader.GetString(0), reader.GetString(1), reader.GetString(2))
            : throw new InvalidOperationException($"No staff record for user {userName}: start the app once on this database with demo data.");
    }
}

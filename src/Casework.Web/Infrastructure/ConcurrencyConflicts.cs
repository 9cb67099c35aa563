using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Casework.Web.Infrastructure;

/// <summary>
/// Expected concurrency conflicts (issue 10 item 10): another request saved the same aggregate first. A write the
/// caller based on no version — an append such as a note or a plan line — is simply tried again on fresh data a few
/// times before the caller gets a 409; a write based on a version is the caller's to retry. Conflicts are logged at
/// Information without a stack: they are the concurrency token doing its job, not errors.
/// </summary>
public static partial class ConcurrencyConflicts
{
    public const int Attempts = 8;

    /// <summary>SQLITE_CONSTRAINT_UNIQUE.</summary>
    private const int SqliteUniqueViolation = 2067;

    /// <summary>
    /// A stale version, or two requests that both took the next number (a plan line, an issue) colliding on its unique
    /// key before the version check can catch the second: the same stale write.
    /// </summary>
    public static bool IsConflict(Exception exception) => exception is DbUpdateConcurrencyException
        or DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteExtendedErrorCode: SqliteUniqueViolation } };

    /// <summary>Runs <paramref name="attempt"/> (load, change, save) again on a cleared unit of work after a conflict.</summary>
    public static async Task<T> RetryAppendAsync<T>(DbContext db, ILogger logger, string what, Func<Task<T>> attempt, CancellationToken ct)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (tries < Attempts && IsConflict(e))
            {
                LogRetry(logger, what, tries);
                db.ChangeTracker.Clear();
                // Jitter, so the writers that collided do not collide again in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 8 * tries)), ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{What} met a concurrent change (attempt {Attempt}); trying again on fresh data")]
    private static partial void LogRetry(ILogger logger, string what, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Concurrency conflict on {Path}, answered 409: {Reason}")]
    public static partial void LogConflict(ILogger logger, string path, string reason);
}

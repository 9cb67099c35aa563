using Casework.Domain.Common;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Infrastructure;

/// <summary>
/// Hands out system references from a counter row. One UPDATE … RETURNING is atomic on both
/// providers, so two app nodes never hand out the same number; a rolled-back transaction leaves a gap, never a duplicate.
/// On PostgreSQL the UPDATE runs in its own short transaction (<see cref="CounterConnections"/>), so the row is not held
/// until the caller commits and concurrent callers do not queue behind each other; a refused or failed request after
/// the number was taken leaves a gap. SQLite writes one transaction at a time anyway, so there it stays in the caller's.
/// </summary>
public sealed class ReferenceNumbers(CaseworkDbContext db, CounterConnections? counters = null)
{
    public const string Employer = "ERN";
    public const string Agent = "EARN";
    public const string ServiceRequest = "SR";
    public const string Representative = "TRN";
    public const string SubjectAccess = "SAR";
    public const string Client = "SCIN";

    private static readonly Dictionary<string, long> _starts = new()
    {
        [Employer] = 10_000_000,
        [Agent] = 90_000_000,
        [ServiceRequest] = 1_000_000,
        [Representative] = 55_500_000,
        [SubjectAccess] = 0,
        // Clients from the case system (and the demo) have SCINs below this; those recorded here follow on (P-07).
        [Client] = 700_000_100,
    };

    public async Task<string> NextErnAsync(CancellationToken ct) =>
        (await NextAsync(Employer, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<string> NextEarnAsync(CancellationToken ct) =>
        (await NextAsync(Agent, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<string> NextServiceRequestReferenceAsync(CancellationToken ct) =>
        "SR" + (await NextAsync(ServiceRequest, ct)).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Makes <typeparamref name="T"/> with the next SR reference, taking the number only once <paramref name="make"/> has
    /// accepted a provisional one: the rules never read the reference, so a refused request uses no number (SR-03) even
    /// where the number is taken outside the caller's transaction. <paramref name="make"/> must change nothing but what it returns.
    /// </summary>
    public async Task<Result<T>> WithNextServiceRequestReferenceAsync<T>(Func<string, Result<T>> make, CancellationToken ct)
    {
        var trial = make(ProvisionalServiceRequest);
        return trial.IsSuccess ? make(await NextServiceRequestReferenceAsync(ct)) : trial;
    }

    /// <summary>A reference no SR has (the numbers start at 1,000,001), for a trial before the number is taken.</summary>
    public const string ProvisionalServiceRequest = "SR00000000";

    /// <summary>A TRN is keyed on the telephone like an ERN (SEC-08), so it is digits only.</summary>
    public async Task<string> NextTrnAsync(CancellationToken ct) =>
        (await NextAsync(Representative, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A SCIN is keyed on the telephone (SEC-08), so it is digits only.</summary>
    public async Task<string> NextScinAsync(CancellationToken ct) =>
        (await NextAsync(Client, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<string> NextSubjectAccessReferenceAsync(CancellationToken ct) =>
        "SAR" + (await NextAsync(SubjectAccess, ct)).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<long> NextAsync(string name, CancellationToken ct)
    {
        if (counters is not null)
        {
            return await counters.NextAsync(name, ct) ?? throw new InvalidOperationException($"Counter {name} is missing; reference data was not seeded.");
        }

        var rows = await db.Database
            .SqlQueryRaw<long>("UPDATE \"Counters\" SET \"Value\" = \"Value\" + 1 WHERE \"Name\" = {0} RETURNING \"Value\"", name)
            .ToListAsync(ct);
        if (rows.Count == 1)
        {
            return rows[0];
        }

        throw new InvalidOperationException($"Counter {name} is missing; reference data was not seeded.");
    }

    /// <summary>Counters every database needs, demo or not.</summary>
    public static IEnumerable<Counter> Seeds() => _starts.Select(s => new Counter { Name = s.Key, Value = s.Value });
}

using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>
/// Issue 14: the SR counter is no longer held until the logging request commits (on PostgreSQL the number is taken in
/// its own short transaction), so complaints and SRs logged at the same moment must still each get a reference of
/// their own, in the usual SR + eight digits form (SR-01).
/// </summary>
public abstract class ReferenceConcurrencyTests(CaseworkFactory app)
{
    private const int Complaints = 12;
    private const int ServiceRequests = 4;

    [Fact]
    public async Task SR01_complaints_and_SRs_logged_at_once_get_unique_references()
    {
        var caseworker = await app.LoginAs("caseworker");
        var colleague = await app.LoginAs("caseworker2");
        var employers = new List<string>();
        for (var i = 0; i < Complaints; i++)
        {
            employers.Add(await caseworker.NewEmployer());
        }

        var logging = employers.Select((ern, i) => (i % 2 == 0 ? caseworker : colleague).LogComplaint(ern, issue: $"Logged at once {i}"))
            .Select(async t => (await t).Reference);
        var raising = Enumerable.Range(0, ServiceRequests).Select(async _ => (await colleague.RaiseSr()).Reference);
        var references = await Task.WhenAll(logging.Concat(raising));

        Assert.Equal(Complaints + ServiceRequests, references.Distinct(StringComparer.Ordinal).Count());
        Assert.All(references, r => Assert.Matches("^SR[0-9]{8}$", r));
        foreach (var reference in references.Take(Complaints))
        {
            Assert.Equal(reference, (await caseworker.GetEc(reference)).Reference);
        }
    }
}

public sealed class ReferenceConcurrencyTests_Sqlite(SqliteFactory app) : ReferenceConcurrencyTests(app), IClassFixture<SqliteFactory>;

public sealed class ReferenceConcurrencyTests_Postgres(PostgresFactory app) : ReferenceConcurrencyTests(app), IClassFixture<PostgresFactory>;

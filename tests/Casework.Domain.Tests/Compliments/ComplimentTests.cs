using Casework.Domain.Common;
using Casework.Domain.Compliments;
using Casework.Domain.Organisation;
using Casework.Domain.Tests.Builders;

namespace Casework.Domain.Tests.Compliments;

/// <summary>OUT-06: compliments recorded against the client or a member of staff, with what they were about.</summary>
public sealed class ComplimentTests
{
    private static readonly DateTimeOffset _at = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly _today = new(2026, 3, 2);
    private static readonly StaffReference _dev = new("100002", "Dev", "Bootle", "Employer payments", "4101");

    [Fact]
    public void OUT06_a_compliment_against_staff_refers_to_them_as_they_are_and_is_audited_under_them()
    {
        var compliment = Compliment.AgainstStaff(_dev, " Sorted out a missed payment ", " Very patient. ", _today, Actors.Caseworker, _at, _today).Value!;

        Assert.Equal((ComplimentAgainst.Staff, _dev, null), (compliment.Against, compliment.Staff, compliment.ClientScin));
        Assert.Equal(("Sorted out a missed payment", "Very patient.", _today), (compliment.Subject, compliment.Details, compliment.ReceivedOn));
        Assert.Equal("Staff 100002", compliment.AuditSubject);
        Assert.Equal("Sorted out a missed payment (Dev, Bootle, Employer payments, extension 4101), received 2026-03-02", compliment.PendingAudit.Single().After);
    }

    [Fact]
    public void OUT06_a_compliment_against_a_client_is_audited_under_the_client()
    {
        var compliment = Compliment.AgainstClient("SC1234567", "Clear letters", null, _today.AddDays(-3), Actors.TeamLeader, _at, _today).Value!;

        Assert.Equal((ComplimentAgainst.Client, "SC1234567", null, null), (compliment.Against, compliment.ClientScin, compliment.Staff, compliment.Details));
        Assert.Equal("Client SC1234567", compliment.AuditSubject);
        Assert.Equal("Terry Leader (TL001)", compliment.RecordedBy);
    }

    [Theory]
    [InlineData("", "2026-03-02", "clientScin")]
    [InlineData("SC1", "2026-03-02", "subject")]
    [InlineData("SC1", "2026-03-03", "receivedOn")]
    public void OUT06_missing_or_future_details_are_invalid(string scin, string receivedOn, string field)
    {
        var subject = field == "subject" ? " " : "Helpful";
        var refusal = Compliment.AgainstClient(scin, subject, null, DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture), Actors.Caseworker, _at, _today).Refusal;

        Assert.Equal([field], Assert.IsType<InvalidInput>(refusal).Errors.Keys);
    }

    [Fact]
    public void OUT06_a_role_that_does_not_handle_complaints_cannot_record_a_compliment() =>
        Assert.IsType<Forbidden>(Compliment.AgainstStaff(_dev, "Helpful", null, _today, Actors.WithRoles(StaffRoles.SubjectAccess), _at, _today).Refusal);
}

using Casework.Domain.Compliments;
using Casework.Domain.Organisation;

namespace Casework.Web.Features.Compliments;

/// <summary>
/// POST /api/compliments (OUT-06): <c>against</c> Client (with <c>clientScin</c>) or Staff (with <c>staffNumber</c>);
/// <c>subject</c> is what it was about, <c>details</c> anything more, <c>receivedOn</c> the day it was given.
/// </summary>
public sealed record RecordComplimentRequest(string? Against, string? ClientScin, string? StaffNumber, string? Subject, string? Details, DateOnly? ReceivedOn);

/// <summary>A compliment; <c>staff</c> (first name, site, team, extension) is as they were when it was recorded.</summary>
public sealed record ComplimentDto(
    int Id,
    ComplimentAgainst Against,
    string? ClientScin,
    StaffReference? Staff,
    string Subject,
    string? Details,
    DateOnly ReceivedOn,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static ComplimentDto Of(Compliment c) =>
        new(c.Id, c.Against, c.ClientScin, c.Staff, c.Subject, c.Details, c.ReceivedOn, c.RecordedBy, c.RecordedAt);
}

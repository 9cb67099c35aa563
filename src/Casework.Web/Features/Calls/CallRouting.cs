using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Calls;

public sealed record RouteCallRequest(string? Keyed, DateOnly? QualifyingChildDateOfBirth);

public sealed record CallDestinationDto(string Kind, string? StaffNumber, string? Team);

public sealed record CallRouteDto(CallDestinationDto Destination, string Rule);

/// <summary>
/// Keypad routing (SEC-08): looks up what the keyed digits are — an employer's ERN, a client's SCIN with their cases,
/// a representative's TRN — and lets <see cref="KeypadRouting.Route"/> decide. An ERN goes to the account manager
/// (AM-05) or the employer payments team; a SCIN on several cases asks for a qualifying child's date of birth and
/// goes to that case's owner; a TRN or unknown digits go to a caseworker who selects the record by hand.
/// </summary>
public sealed class CallRouting(CaseworkDbContext db)
{
    public async Task<Result<CallRouteDto>> RouteAsync(RouteCallRequest request, CancellationToken ct)
    {
        var keyed = request.Keyed?.Trim() ?? string.Empty;
        // Bad digits are refused by the rule itself, before anything is looked up.
        var checkedInput = KeypadRouting.Route(keyed, null, KeyedMatches.None);
        if (!checkedInput.IsSuccess)
        {
            return checkedInput.Refusal!;
        }

        var route = KeypadRouting.Route(keyed, request.QualifyingChildDateOfBirth, await MatchesAsync(keyed, ct));
        return route.IsSuccess ? ToDto(route.Value!) : route.Refusal!;
    }

    private async Task<KeyedMatches> MatchesAsync(string keyed, CancellationToken ct)
    {
        var employer = await db.Employers.AsNoTracking().Where(e => e.Ern == keyed)
            .Select(e => new { e.Ern, e.AccountManagerStaffNumber }).FirstOrDefaultAsync(ct);
        if (employer is not null)
        {
            var manager = employer.AccountManagerStaffNumber is { } staffNumber
                ? await db.Staff.AsNoTracking().Where(s => s.StaffNumber == staffNumber)
                    .Select(s => new AccountManagerOnCall(s.StaffNumber, s.Name, s.TeamCode)).FirstOrDefaultAsync(ct)
                : null;
            return KeyedMatches.ForEmployer(new EmployerOnCall(employer.Ern, manager));
        }

        if (await db.Clients.AnyAsync(c => c.Scin == keyed, ct))
        {
            var cases = await db.ClientCases.AsNoTracking().Include(c => c.QualifyingChildren)
                .Where(c => c.PayingParentScin == keyed || c.ReceivingParentScin == keyed).OrderBy(c => c.CaseNumber).ToListAsync(ct);
            return KeyedMatches.ForScin(cases);
        }

        return await db.Representatives.AnyAsync(r => r.Trn == keyed, ct) ? KeyedMatches.ForTrn() : KeyedMatches.None;
    }

    private static CallRouteDto ToDto(CallRoute route) => new(
        new CallDestinationDto(route.Destination.Kind.ToString(), route.Destination.StaffNumber, route.Destination.Team), route.Rule);
}

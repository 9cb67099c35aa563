using Casework.Domain.Common;
using Casework.Domain.Organisation;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Calls;

public sealed record RouteCallRequest(string? Keyed, DateOnly? QualifyingChildDateOfBirth);

public sealed record CallDestinationDto(string Kind, string? StaffNumber, string? Team);

public sealed record CallRouteDto(CallDestinationDto Destination, string Rule);

/// <summary>
/// Keypad routing (SEC-08) for the digits an employer keys: an ERN goes to the employer's account manager when one
/// is assigned (AM-05), otherwise to the employer payments team; digits that match no employer (a TRN keyed
/// instead of an ERN, a mistyped number) go to a caseworker who selects the employer by hand.
/// </summary>
public sealed class CallRouting(CaseworkDbContext db)
{
    public async Task<Result<CallRouteDto>> RouteAsync(RouteCallRequest request, CancellationToken ct)
    {
        var keyed = request.Keyed?.Trim();
        if (string.IsNullOrEmpty(keyed) || keyed.Length > 20 || !keyed.All(char.IsAsciiDigit))
        {
            return InvalidInput.For("keyed", "Keyed digits must be 0–9 only, at most 20 of them.");
        }

        var employer = await db.Employers.AsNoTracking().Where(e => e.Ern == keyed)
            .Select(e => new { e.Ern, e.AccountManagerStaffNumber }).FirstOrDefaultAsync(ct);
        if (employer is null)
        {
            return new CallRouteDto(
                new CallDestinationDto("ManualSelection", null, TeamCodes.EmployerPayments),
                $"SEC-08: {keyed} is not an ERN (perhaps a TRN keyed instead), so no employer is found: the caseworker selects the employer by hand.");
        }

        if (employer.AccountManagerStaffNumber is { } manager
            && await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.StaffNumber == manager, ct) is { } staff)
        {
            return new CallRouteDto(
                new CallDestinationDto("Staff", staff.StaffNumber, staff.TeamCode),
                $"SEC-08 / AM-05: employer {employer.Ern} has account manager {staff.Name} ({staff.StaffNumber}), so the call goes to them.");
        }

        return new CallRouteDto(
            new CallDestinationDto("Team", null, TeamCodes.EmployerPayments),
            $"SEC-08: employer {employer.Ern} has no account manager, so the call goes to the employer payments team.");
    }
}

using Casework.Web.Infrastructure;

namespace Casework.Web.Features.AccountManagers;

/// <summary>
/// The Account managers section of API.md, plus the referral read and the allocation routes. Roles are checked in the
/// access table (AccountManagerAccess), so a 403 is a problem with a detail saying who may do it (API.md).
/// </summary>
public static class AccountManagerEndpoints
{
    public static void MapAccountManagers(this IEndpointRouteBuilder api)
    {
        var referrals = api.MapGroup("/account-manager-referrals");
        referrals.MapPost("/", async (RaiseReferralRequest request, ReferralHandlers h, CancellationToken ct) =>
                (await h.RaiseAsync(request, ct)).ToHttp(r => TypedResults.Created($"/api/account-manager-referrals/{r.Reference}", r)));

        referrals.MapGet("/{reference}", async (string reference, ReferralHandlers h, CancellationToken ct) =>
            (await h.GetAsync(reference, ct)).ToOk());

        referrals.MapPost("/{reference}/decision", async (string reference, DecideReferralRequest request, ReferralHandlers h, CancellationToken ct) =>
                (await h.DecideAsync(reference, request, ct)).ToOk());

        var managers = api.MapGroup("/account-managers");
        managers.MapGet("/{staffNumber}/employers", async (string staffNumber, AccountManagerHandlers h, CancellationToken ct) =>
            (await h.EmployersAsync(staffNumber, ct)).ToOk());

        managers.MapPost("/{staffNumber}/reassign", async (string staffNumber, ReassignRequest request, AccountManagerHandlers h, CancellationToken ct) =>
                (await h.ReassignAsync(staffNumber, request, ct)).ToOk());
    }
}

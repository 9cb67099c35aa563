using System.Security.Claims;
using Casework.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure;

/// <summary>Adds the member of staff's name to the sign-in, so pages greet "Carys Evans", not the user name.</summary>
public sealed class StaffClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, CaseworkDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string StaffNameClaim = "staff_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var name = await db.Staff.Where(s => s.UserName == user.UserName).Select(s => s.Name).FirstOrDefaultAsync();
        if (name is not null)
        {
            identity.AddClaim(new Claim(StaffNameClaim, name));
        }

        return identity;
    }
}

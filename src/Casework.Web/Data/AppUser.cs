using Microsoft.AspNetCore.Identity;

namespace Casework.Web.Data;

/// <summary>A sign-in for a member of staff; the staff record holds who they are at work.</summary>
public sealed class AppUser : IdentityUser
{
    public string? StaffNumber { get; set; }
}

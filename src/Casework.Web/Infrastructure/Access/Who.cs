using Casework.Domain.Common;

namespace Casework.Web.Infrastructure.Access;

/// <summary>Who may use a route or page (SEC-10): anyone (sign-in, error pages), or members of staff holding one of the roles.</summary>
public sealed record Who
{
    private Who(bool anonymous, IReadOnlyList<string> roles)
    {
        Anonymous = anonymous;
        Roles = roles;
    }

    public bool Anonymous { get; }

    public IReadOnlyList<string> Roles { get; }

    /// <summary>No sign-in needed: only the sign-in itself, health and the error pages.</summary>
    public static Who Anyone { get; } = new(true, StaffRoles.All);

    /// <summary>Any signed-in member of staff, whatever their role (API.md's "any" and "staff").</summary>
    public static Who AnyStaff { get; } = new(false, StaffRoles.All);

    /// <summary>Only staff holding one of these roles; everyone else gets 403.</summary>
    public static Who Only(params string[] roles) => new(false, roles);

    public bool Allows(IEnumerable<string> roles) => Anonymous || roles.Any(Roles.Contains);

    /// <summary>The 403 detail: the same problem shape for every refused role, naming who may do it.</summary>
    public string RefusalDetail => ReferenceEquals(this, AnyStaff)
        ? "Your role does not allow this."
        : $"Your role does not allow this: it needs the role {string.Join(" or ", Roles)}.";

    public override string ToString() => Anonymous ? "Anyone" : ReferenceEquals(this, AnyStaff) ? "AnyStaff" : string.Join(", ", Roles);
}

using Casework.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Casework.Web.Features.Auth;

/// <summary>
/// The one password check of the sign-in page and the API login (SEC-11): an unknown user name costs the same
/// password-hash work as a real one, and every failure — wrong name, wrong password, locked — gets the same message,
/// so neither the time taken nor the words say whether a user exists.
/// </summary>
public sealed class Credentials(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher)
{
    public const string Failed = "The user name or password is wrong, or the account is locked after repeated failed sign-ins. Check them, or try again in 15 minutes.";

    // A hash of a random password made once per process; verifying against it is the same work as a real user's check.
    private static readonly Lazy<string> _decoy = new(() =>
        new PasswordHasher<AppUser>().HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));

    /// <summary>The user when the name and password are right and the account is not locked; otherwise null.</summary>
    public async Task<AppUser?> CheckAsync(string userName, string password)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            hasher.VerifyHashedPassword(new AppUser(), _decoy.Value, password);
            return null;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? user : null;
    }
}

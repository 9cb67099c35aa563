using Casework.Web.Data;
using Casework.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Auth;

public sealed class LogoutModel(SignInManager<AppUser> signIn, SignOutEverywhere signOut) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signOut.RunAsync(User);
        await signIn.SignOutAsync();
        return RedirectToPage("/Auth/Login");
    }
}

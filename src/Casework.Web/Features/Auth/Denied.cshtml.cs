using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Auth;

public sealed class DeniedModel : PageModel
{
    public void OnGet()
    {
    }
}

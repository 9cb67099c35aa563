using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Errors;

/// <summary>
/// The GOV.UK error pages (OPS-05): every page path answering 404 or an unexpected 500 is re-executed here
/// (<see cref="ErrorPages"/>). Anyone may see it, signed in or not, whatever the method of the failed request.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>Quoted on the 500 page; the same id is in the log line of the error.</summary>
    public string TraceId { get; private set; } = string.Empty;

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        TraceId = ErrorPages.TraceId(HttpContext);
        Response.StatusCode = Code;
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Casework.Web.Infrastructure.Access;

/// <summary>
/// A page handler with its own line (<c>"POST /ServiceRequests/Details?handler=Note"</c>) needs those roles as well as the
/// page's: a subject access officer may read an SR page but not add a note from it. Refused → the GOV.UK access-denied page.
/// </summary>
public sealed class PageHandlerAccessFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handler = context.HandlerMethod;
        var who = handler is null
            ? null
            : AccessRules.Find(AccessRules.PageHandlerKey(handler.HttpMethod, context.ActionDescriptor.ViewEnginePath, handler.Name));
        if (who is not null && !who.Roles.Any(context.HttpContext.User.IsInRole))
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }
}

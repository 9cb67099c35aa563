using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Casework.Web.Infrastructure.Access;

/// <summary>
/// Applies the features' <see cref="AccessTable"/>s (SEC-10): every <c>/api</c> route and every page gets the authorization
/// its line declares; one without a line gets the <see cref="UndeclaredPolicy"/>, which refuses everyone.
/// </summary>
public static class AccessConventions
{
    public const string UndeclaredPolicy = "Undeclared";

    public static AuthorizationBuilder AddUndeclaredPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(UndeclaredPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(_ => false));

    /// <summary>After every other convention, so a route's declaration is read from its final pattern and methods.</summary>
    public static void UseAccessRules(this RouteGroupBuilder api) => ((IEndpointConventionBuilder)api).Finally(endpoint =>
    {
        if (endpoint is not RouteEndpointBuilder route)
        {
            return;
        }

        var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? ["*"];
        var who = methods.Select(m => AccessRules.Find(AccessRules.RouteKey(m, route.RoutePattern.RawText ?? string.Empty)))
            .FirstOrDefault(w => w is not null);
        Apply(endpoint.Metadata, who, IdentityConstants.BearerScheme);
    });

    internal static void Apply(IList<object> metadata, Who? who, string? scheme)
    {
        if (who is null)
        {
            metadata.Add(new AuthorizeAttribute(UndeclaredPolicy) { AuthenticationSchemes = scheme });
            return;
        }

        metadata.Add(who);
        metadata.Add(who.Anonymous
            ? new AllowAnonymousAttribute()
            : new AuthorizeAttribute { Roles = string.Join(',', who.Roles), AuthenticationSchemes = scheme });
    }
}

/// <summary>The page half of <see cref="AccessConventions"/>: each page's <c>PAGE /Folder/Page</c> line becomes its authorization.</summary>
public sealed class PageAccessConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model) =>
        AccessConventions.Apply(model.EndpointMetadata, AccessRules.Find(AccessRules.PageKey(model.ViewEnginePath)), scheme: null);
}

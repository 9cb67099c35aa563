using Casework.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Casework.Web.Infrastructure;

/// <summary>The one place a domain refusal becomes an HTTP answer or a form error.</summary>
public static class RefusalResults
{
    public static IResult ToProblem(this Refusal refusal) => refusal switch
    {
        InvalidInput invalid => TypedResults.ValidationProblem(invalid.Errors, detail: invalid.Reason),
        NotAllowedInState => Problem(StatusCodes.Status409Conflict, "Not allowed in this state", refusal.Reason),
        RuleBroken => Problem(StatusCodes.Status422UnprocessableEntity, "Rule broken", refusal.Reason),
        NotFound => Problem(StatusCodes.Status404NotFound, "Not found", refusal.Reason),
        Forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", refusal.Reason),
        _ => Problem(StatusCodes.Status400BadRequest, "Refused", refusal.Reason),
    };

    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value!) : result.Refusal!.ToProblem();

    public static IResult ToOk<T>(this Result<T> result) => result.ToHttp(v => TypedResults.Ok(v));

    public static IResult ToNoContentOrProblem(this Refusal? refusal) => refusal is null ? TypedResults.NoContent() : refusal.ToProblem();

    public static void AddTo(this Refusal refusal, ModelStateDictionary modelState, string prefix = "")
    {
        if (refusal is InvalidInput invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    modelState.AddModelError(prefix + field, message);
                }
            }

            return;
        }

        modelState.AddModelError(string.Empty, refusal.Reason);
    }

    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}

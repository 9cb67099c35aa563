using Casework.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>How the complaint pages show a refusal: a field error against the page's own input, anything else at the top.</summary>
internal static class ComplaintFormErrors
{
    /// <param name="fields">The handler's field names (as the API reports them) and the page inputs they belong to.</param>
    public static void ShowOn(this Refusal refusal, ModelStateDictionary state, IReadOnlyDictionary<string, string> fields)
    {
        if (refusal is not InvalidInput invalid)
        {
            state.AddModelError(string.Empty, refusal.Reason);
            return;
        }

        foreach (var (field, messages) in invalid.Errors)
        {
            foreach (var message in messages)
            {
                state.AddModelError(fields.TryGetValue(field, out var input) ? input : string.Empty, message);
            }
        }
    }

    public static string? ErrorFor(this ModelStateDictionary state, string input) =>
        state[input]?.Errors.FirstOrDefault()?.ErrorMessage;
}

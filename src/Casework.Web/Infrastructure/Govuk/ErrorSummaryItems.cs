using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Casework.Web.Infrastructure.Govuk;

/// <summary>
/// The error summary's lines in the order of the fields on the form (GOV.UK: the summary reads in the page's order),
/// not the order the handler found them in. The order is the posted form's, which the browser sends in document order;
/// a page may name its fields in order (<see cref="OrderKey"/> in ViewData) for fields that post nothing when left
/// empty, such as radios. Errors with no field (key "") come first: they are about the whole form.
/// </summary>
public static class ErrorSummaryItems
{
    /// <summary>ViewData key: an <c>IReadOnlyList&lt;string&gt;</c> of field names (error keys) in page order.</summary>
    public const string OrderKey = "ErrorFieldOrder";

    public static IReadOnlyList<(string Key, string Message)> From(ModelStateDictionary modelState, HttpRequest request, IReadOnlyList<string>? fieldOrder = null)
    {
        var posted = request.HasFormContentType ? request.Form.Keys.ToList() : [];
        var errors = modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error =>
                (entry.Key, Message: string.IsNullOrEmpty(error.ErrorMessage) ? "Check this answer" : error.ErrorMessage)))
            .ToList();
        return [.. errors.Select((error, index) => (error, index))
            .OrderBy(e => Position(e.error.Key, fieldOrder ?? [], posted))
            .ThenBy(e => e.index)
            .Select(e => e.error)];
    }

    private static int Position(string key, IReadOnlyList<string> fieldOrder, IReadOnlyList<string> posted)
    {
        if (key.Length == 0)
        {
            return -1;
        }

        var named = IndexOf(fieldOrder, key);
        if (named >= 0)
        {
            return named;
        }

        var sent = IndexOf(posted, key);
        return sent >= 0 ? fieldOrder.Count + sent : int.MaxValue;
    }

    /// <summary>A key matches its field, its date boxes ("ReceivedOn.Day") and, for prefixed keys ("Compliment.about"), the bare name.</summary>
    private static int IndexOf(IReadOnlyList<string> names, string key)
    {
        var bare = key[(key.LastIndexOf('.') + 1)..];
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (Matches(name, key) || Matches(name, bare))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Matches(string name, string key) =>
        string.Equals(name, key, StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith(key, StringComparison.OrdinalIgnoreCase) && name.Length > key.Length && name[key.Length] is '.' or '[');
}

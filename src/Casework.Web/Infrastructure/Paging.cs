using System.Globalization;

namespace Casework.Web.Infrastructure;

/// <summary>Reads <c>page</c> (from 1) and <c>pageSize</c> from a query string; a bad value is a field error (400).</summary>
public static class Paging
{
    public static (int Page, int PageSize) Read(Validation v, string? page, string? pageSize, int defaultSize, int maxSize) =>
        (Number(v, "page", page, 1, 1, int.MaxValue / maxSize, "Enter a page number from 1"),
         Number(v, "pageSize", pageSize, defaultSize, 1, maxSize, $"Enter a page size from 1 to {maxSize}"));

    private static int Number(Validation v, string field, string? value, int fallback, int min, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var ok = int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max;
        v.Check(ok, field, message + ".");
        return ok ? n : fallback;
    }
}

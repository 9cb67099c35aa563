using System.Globalization;
using Casework.Domain.Correspondence;
using Fluid;
using Fluid.Values;

namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>
/// Fluid options per language: undefined variables and unknown filters throw, and two filters
/// for letters: <c>long_date</c> (ISO date → "3 March 2026" / "3 Mawrth 2026") and
/// <c>bullets</c> (newline-separated lines → one "- line" per line). Rendering always uses
/// <see cref="NullEncoder"/>: the output is plain text, never HTML-encoded.
/// </summary>
internal static class LetterFluidOptions
{
    public static TemplateOptions Create(LetterLanguage language)
    {
        var options = new TemplateOptions
        {
            StrictVariables = true,
            StrictFilters = true,
            CultureInfo = CultureInfo.InvariantCulture,
        };
        options.Filters.AddFilter("long_date", (input, _, _) =>
            new StringValue(LetterDates.FormatOrAsIs(input.ToStringValue(), language)));
        options.Filters.AddFilter("bullets", (input, _, _) => new StringValue(Bullets(input.ToStringValue())));
        return options;
    }

    private static string Bullets(string lines) =>
        string.Join(
            "\n",
            lines.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(line => "- " + line));
}

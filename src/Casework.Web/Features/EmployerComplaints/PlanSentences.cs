using System.Globalization;
using Casework.Domain.Correspondence;
using Casework.Domain.EmployerComplaints;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>
/// EC-07/EC-11 (issue 12): the plan as a letter tells it to the employer — one sentence per line from the resolution
/// type's data, with the amount for money, in the letter's language. The caseworker's description of a line, the
/// type's code and every internal note stay out of the letter; the same sentence is said once.
/// </summary>
public static class PlanSentences
{
    public static IReadOnlyList<string> For(IEnumerable<PlanLine> lines, LetterLanguage language) =>
        [.. lines.OrderBy(l => l.Number).Select(l => For(l, language)).Distinct(StringComparer.Ordinal)];

    public static string For(PlanLine line, LetterLanguage language)
    {
        var sentence = ResolutionTypes.Find(line.ResolutionType)?.Letter
            ?? throw new InvalidOperationException($"Resolution type {line.ResolutionType} has no letter sentence.");
        var held = line.Financial is { HoldToOffset: true };
        var text = language == LetterLanguage.Welsh
            ? held && sentence.HeldCy is { } heldCy ? heldCy : sentence.Cy
            : held && sentence.HeldEn is { } heldEn ? heldEn : sentence.En;
        return text.Replace("{amount}", Pounds(line.Financial?.Amount), StringComparison.Ordinal);
    }

    public static string Pounds(decimal? amount) =>
        amount is { } value ? "£" + value.ToString("#,##0.00", CultureInfo.InvariantCulture) : string.Empty;
}

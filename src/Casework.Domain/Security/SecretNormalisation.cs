using System.Globalization;
using System.Text;

namespace Casework.Domain.Security;

/// <summary>
/// How what a caller says is made comparable with what is held. Answers are typed by a caseworker from speech,
/// so case and spacing carry no meaning (DESIGN "Secrets of callers"); account fields are compared the same way
/// and, where the format varies in print (addresses, phone numbers), punctuation is ignored too. Each function is
/// idempotent, so hashing a normalised value again gives the same hash.
/// </summary>
public static class SecretNormalisation
{
    /// <summary>A security answer or password (SEC-04): case and all white space are ignored.</summary>
    public static string Answer(string value) =>
        Keep(value, c => !char.IsWhiteSpace(c));

    /// <summary>An address line, postcode, name or reference (SEC-01/02): only letters and digits count.</summary>
    public static string AccountText(string value) =>
        Keep(value, char.IsLetterOrDigit);

    /// <summary>An e-mail address: case and white space are ignored, dots and signs are part of the address.</summary>
    public static string Email(string value) => Answer(value);

    /// <summary>
    /// A UK phone or fax number: digits only, with the +44 / 0044 country code read as the leading 0, so that
    /// "+44 (0)20 7946 0000", "020-7946 0000" and "02079460000" are the same number.
    /// </summary>
    public static string Phone(string value)
    {
        var digits = Keep(value, char.IsAsciiDigit);
        var international = value.TrimStart().StartsWith('+') ? digits : digits.StartsWith("00", StringComparison.Ordinal) ? digits[2..] : null;
        if (international is null || !international.StartsWith("44", StringComparison.Ordinal))
        {
            return digits;
        }

        var national = international[2..];
        return national.StartsWith('0') ? national : "0" + national;
    }

    /// <summary>A yes / no answer: "Y", "yes", "true" → YES; "N", "no", "false" → NO; anything else is no answer.</summary>
    public static string? YesNo(string value) => Answer(value) switch
    {
        "Y" or "YES" or "TRUE" => "YES",
        "N" or "NO" or "FALSE" => "NO",
        _ => null,
    };

    /// <summary>The whole numbers in an answer, in order: "25th, cut-off the 20th" gives 25 and 20.</summary>
    public static IReadOnlyList<int> Numbers(string value)
    {
        var numbers = new List<int>();
        var current = new StringBuilder();
        foreach (var c in value.Append(' '))
        {
            if (char.IsAsciiDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                // Longer digit runs are not days of a month; they still count as a (wrong) number.
                numbers.Add(current.Length > 9 ? -1 : int.Parse(current.ToString(), CultureInfo.InvariantCulture));
                current.Clear();
            }
        }

        return numbers;
    }

    // Compatibility normalisation first, so a composed "ŵ" and "w" + combining circumflex compare equal and
    // full-width digits count as digits.
    private static string Keep(string value, Func<char, bool> keep) =>
        string.Concat(value.Normalize(NormalizationForm.FormKC).Where(keep)).ToUpperInvariant();
}

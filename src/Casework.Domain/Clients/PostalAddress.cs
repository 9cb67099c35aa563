using System.Text.RegularExpressions;
using Casework.Domain.Common;

namespace Casework.Domain.Clients;

/// <summary>
/// Where a representative's letters go (P-05, P-07): the first line and a UK postcode, both or neither. The postcode is
/// kept in its printed form — capitals, one space before the last three characters — so letters and search agree.
/// </summary>
public sealed partial record PostalAddress
{
    public const int MaxLine1Length = 200;
    public const int MaxPostcodeLength = 10;

    private PostalAddress(string line1, string postcode)
    {
        Line1 = line1;
        Postcode = postcode;
    }

    public string Line1 { get; }

    public string Postcode { get; }

    public IReadOnlyList<string> Lines => [Line1, Postcode];

    /// <summary>
    /// No address at all is a success with no value (a representative may have none yet); half an address, a line that
    /// is too long or a postcode that is not a UK postcode is refused with the field named.
    /// </summary>
    public static Result<PostalAddress?> From(string? line1, string? postcode)
    {
        var hasLine = !string.IsNullOrWhiteSpace(line1);
        var hasPostcode = !string.IsNullOrWhiteSpace(postcode);
        if (!hasLine && !hasPostcode)
        {
            return Result<PostalAddress?>.Ok(null);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!hasLine)
        {
            errors["addressLine1"] = ["Enter the first line of the address, or leave the postcode empty too."];
        }
        else if (line1!.Trim().Length > MaxLine1Length)
        {
            errors["addressLine1"] = [$"Use {MaxLine1Length} characters or fewer."];
        }

        var printed = hasPostcode ? Printed(postcode!) : null;
        if (!hasPostcode)
        {
            errors["postcode"] = ["Enter the postcode, or leave the first line empty too."];
        }
        else if (printed is null)
        {
            errors["postcode"] = ["Enter a real UK postcode, like YO21 3PU."];
        }

        return errors.Count > 0 ? new InvalidInput(errors) : Result<PostalAddress?>.Ok(new PostalAddress(line1!.Trim(), printed!));
    }

    public override string ToString() => $"{Line1}, {Postcode}";

    private static string? Printed(string postcode)
    {
        var compact = string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return UkPostcode().IsMatch(compact) ? $"{compact[..^3]} {compact[^3..]}" : null;
    }

    // The shape of every UK postcode (outward code, then digit and two letters), plus the one non-geographic exception.
    [GeneratedRegex("^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex UkPostcode();
}

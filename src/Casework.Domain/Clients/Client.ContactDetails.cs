using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Domain.Parties;

namespace Casework.Domain.Clients;

/// <summary>What a caseworker enters to record a new client (P-03, P-07).</summary>
public sealed record RegisterClient(
    string? Name, ClientRole? Role, string? AddressLine1, string? Postcode, Region? Region, string? Phone, PreferredLanguage? PreferredLanguage);

/// <summary>P-07: the client's address and phone, and the format their letters take (COR-04).</summary>
public sealed partial class Client
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 200;
    public const int MaxPostcodeLength = 10;
    public const int MaxPhoneLength = 30;

    public string? AddressLine1 { get; private set; }

    public string? Postcode { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>COR-04: standard, large print or braille for every letter to this client and their representatives.</summary>
    public LetterFormat LetterFormat { get; private set; }

    /// <summary>The address lines a letter to this client carries (P-07), without the name.</summary>
    public IReadOnlyList<string> AddressLines =>
        [.. new[] { AddressLine1, Postcode }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!)];

    /// <summary>P-07: a new client with the SCIN the system assigned; every field is required, bad ones are all named at once.</summary>
    public static Result<Client> Register(string scin, RegisterClient r, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Text(errors, "name", r.Name, MaxNameLength, "Enter the client's full name.");
        Text(errors, "addressLine1", r.AddressLine1, MaxAddressLength, "Enter the first line of the address.");
        Text(errors, "postcode", r.Postcode, MaxPostcodeLength, "Enter the postcode.");
        Text(errors, "phone", r.Phone, MaxPhoneLength, "Enter a phone number.");
        if (r.Role is null)
        {
            errors["role"] = ["Choose paying parent or receiving parent."];
        }

        if (r.Region is null)
        {
            errors["region"] = ["Choose the region."];
        }

        if (r.PreferredLanguage is null)
        {
            errors["preferredLanguage"] = ["Choose English or Welsh."];
        }

        if (errors.Count > 0)
        {
            return new InvalidInput(errors);
        }

        var client = new Client(scin, r.Name!, r.Role!.Value, r.PreferredLanguage!.Value, r.Region!.Value)
        {
            AddressLine1 = r.AddressLine1!.Trim(),
            Postcode = r.Postcode!.Trim().ToUpperInvariant(),
            Phone = r.Phone!.Trim(),
        };
        client.Record(by, at, "Client recorded", null, $"{client.Name}, {client.Role}, {string.Join(", ", client.AddressLines)}");
        return client;
    }

    /// <summary>P-07: a change of address or phone (demo data and the change-of-address SR's work both use it).</summary>
    public Refusal? ChangeContactDetails(string? addressLine1, string? postcode, string? phone, Actor by, DateTimeOffset at)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Text(errors, "addressLine1", addressLine1, MaxAddressLength, "Enter the first line of the address.");
        Text(errors, "postcode", postcode, MaxPostcodeLength, "Enter the postcode.");
        Text(errors, "phone", phone, MaxPhoneLength, "Enter a phone number.");
        if (errors.Count > 0)
        {
            return new InvalidInput(errors);
        }

        var before = $"{string.Join(", ", AddressLines)}; {Phone}";
        AddressLine1 = addressLine1!.Trim();
        Postcode = postcode!.Trim().ToUpperInvariant();
        Phone = phone!.Trim();
        Record(by, at, "Contact details changed", before, $"{string.Join(", ", AddressLines)}; {Phone}");
        return null;
    }

    /// <summary>COR-04: the format of this client's letters.</summary>
    public void UseLetterFormat(LetterFormat format, Actor by, DateTimeOffset at)
    {
        var before = LetterFormat;
        LetterFormat = format;
        Record(by, at, "Letter format changed", before.ToString(), format.ToString());
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, int max, string missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [missing];
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = [$"Use {max} characters or fewer."];
        }
    }
}

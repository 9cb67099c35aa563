using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Casework.BareJourney;

/// <summary>The employer a letter goes to, read in the step's first round trip.</summary>
public sealed record Recipient(string Ern, string Name, string? Email, string? Address, string Format, string Language, string? SuppressedBecause)
{
    public const string Columns = """
        e."Ern", e."Name", e."Email", coalesce(e."PayrollAddress", e."CompanyAddress"), e."LetterFormat", e."PreferredLanguage", e."ContactSuppressedBecause"
        """;

    public static Recipient Read(NpgsqlDataReader r, int at) => new(
        r.GetString(at), r.GetString(at + 1), r.IsDBNull(at + 2) ? null : r.GetString(at + 2), r.IsDBNull(at + 3) ? null : r.GetString(at + 3),
        r.GetString(at + 4), r.GetString(at + 5), r.IsDBNull(at + 6) ? null : r.GetString(at + 6));
}

/// <summary>
/// CMSL8500 (acknowledgement) and CMSL8502 (closure) as the app's templates fill them in English, written as the same
/// <c>Letters</c> row (content JSON of the same shape) in the step's transaction.
/// </summary>
public static class Letters
{
    private const string Title = "Keeping you informed about your complaint";
    private const string SignOffStart = "Yours sincerely\n\n";
    private const string Service = "\nChild Maintenance Service";
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public sealed record Paragraph(string? Heading, string Text);

    public sealed record Content(
        string Code, int Language, string Title, IReadOnlyList<string> AddressLines, string Date, string Reference, string Salutation,
        IReadOnlyList<Paragraph> Body, string SignOff);

    public static NpgsqlBatchCommand Acknowledgement(Recipient to, string reference, string caseworker, Actor by, DateTimeOffset at) =>
        Insert("CMSL8500", to, reference, by, at,
        [
            new(null, "We have received your complaint. Thank you for telling us about it."),
            new("Your complaint reference", $"Your complaint reference is {reference}. Please quote it if you contact us about your complaint."),
            new("What happens next", $"{caseworker} will look into your complaint. They will contact you to talk about how we will put things right."),
            new(null, "We aim to resolve your complaint within 20 working days of receiving it. If it will take longer, we will tell you why."),
            new("Contact us", "You can contact us using the phone number at the top of this letter."),
        ], caseworker);

    public static NpgsqlBatchCommand Closure(Recipient to, string reference, bool phoneOutcome, string freeText, string caseworker, Actor by, DateTimeOffset at) =>
        Insert("CMSL8502", to, reference, by, at,
        [
            new(null, $"Complaint reference: {reference}"),
            new(null, phoneOutcome ? "We're writing to confirm the outcome of our phone conversation." : "We tried to contact you but could not reach you."),
            new(null, freeText),
            new(null, "We have now resolved your complaint and closed it."),
            new("If you're not happy",
                "If you're not happy with how we have dealt with your complaint, contact us using the phone number at the top of this letter. We can arrange for your complaint to be reviewed."),
        ], caseworker);

    private static NpgsqlBatchCommand Insert(string code, Recipient to, string reference, Actor by, DateTimeOffset at, Paragraph[] body, string caseworker)
    {
        var address = (to.Address ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var content = new Content(
            code, to.Language == "Welsh" ? 1 : 0, Title, [to.Name, .. address],
            DateOnly.FromDateTime(at.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reference, "Dear " + to.Name,
            body, SignOffStart + caseworker + Service);
        return Sql.Cmd("""
            INSERT INTO "Letters" ("Code", "ContentJson", "CreatedAt", "CreatedBy", "Format", "Language", "RecipientEmail", "RecipientKind",
                                   "RecipientName", "RecipientReference", "ServiceRequestReference", "Status", "Version")
            VALUES ($1, $2, $3, $4, $5, $6, $7, 'Employer', $8, $9, $10, 'Queued', 1)
            """,
            code, JsonSerializer.Serialize(content, _json), at, by.Name, to.Format, to.Language, to.Email, to.Name, to.Ern, reference);
    }
}

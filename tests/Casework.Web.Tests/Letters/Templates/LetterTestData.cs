using Casework.Domain.Correspondence;
using Casework.Web.Infrastructure.Letters.Templates;

namespace Casework.Web.Tests.Letters.Templates;

/// <summary>The templates as shipped, and requests that satisfy every rule of a code.</summary>
internal static class LetterTestData
{
    private static readonly Lazy<LetterTemplates> _templates = new(() => new LetterTemplates(Directory()));

    private static readonly Dictionary<string, string> _samples = new(StringComparer.Ordinal)
    {
        ["employerName"] = "Acme Widgets Ltd",
        ["complaintReference"] = "CMP-2026-000123",
        ["caseworkerName"] = "Sam Jones",
        ["planLines"] = "Refund the overpayment of £40.00\nCorrect your DEO schedule",
        ["accountManagerName"] = "Priya Patel",
        ["accountManagerPhone"] = "0800 123 4567 extension 2041",
        ["segmentTeamName"] = "Employer Payments Team North",
        ["payingParentName"] = "John Smith",
        ["payingParentNino"] = "QQ 12 34 56 C",
        ["deductionAmount"] = "£125.00",
        ["deductionSchedule"] = "every month from 1 June 2026",
        ["originalCode"] = "CMSL8500",
        ["originalDate"] = "2026-03-03",
    };

    public static LetterTemplates Shipped => _templates.Value;

    public static readonly string[] AllCodes =
        ["CMSL8500", "CMSL8501", "CMSL8502", "CMSL8003", "CMSL8004", "CMSL8005", "CMSL8006", "CMSL8007", "CMSL2040", "COVER", "IDEMAIL"];

    public static TheoryData<string> Codes => [.. AllCodes];

    public static TheoryData<string, string> CodesAndFields
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var code in AllCodes)
            {
                foreach (var name in Shipped.RequiredFields(code))
                {
                    data.Add(code, name);
                }
            }

            return data;
        }
    }

    public static Dictionary<string, string> Fields(string code) =>
        Shipped.RequiredFields(code).ToDictionary(field => field, field => _samples.GetValueOrDefault(field, "Sample " + field));

    public static LetterRequest Request(string code, LetterLanguage language = LetterLanguage.English) =>
        new(
            code,
            language,
            ["Acme Widgets Ltd", "1 High Street", "Cardiff", "CF10 1AA"],
            new DateOnly(2026, 3, 10),
            "SR-000042",
            Fields(code),
            Shipped.ParagraphChoice(code) == LetterParagraphChoice.ExactlyOne ? [Shipped.AllowedParagraphs(code)[0]] : [],
            Shipped.FreeText(code) == LetterFreeText.Required ? "We're sorry we made a mistake with your schedule." : null);

    public static IEnumerable<string> AllText(LetterContent letter) =>
        [letter.Title, letter.Salutation, letter.SignOff, .. letter.Body.SelectMany(block => new[] { block.Heading ?? string.Empty, block.Text })];

    /// <summary>The copied output folder, else the source folder found from the repository root.</summary>
    private static string Directory()
    {
        if (System.IO.Directory.Exists(LetterTemplates.DefaultDirectory))
        {
            return LetterTemplates.DefaultDirectory;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Casework.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Casework.Web", "Data", "Seed", "letters");
            }
        }

        throw new DirectoryNotFoundException("Data/Seed/letters not found in the output or above it.");
    }
}

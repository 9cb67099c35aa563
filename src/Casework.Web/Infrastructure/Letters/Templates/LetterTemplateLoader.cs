using System.Text.Json;
using System.Text.Json.Serialization;
using Casework.Domain.Correspondence;
using Fluid;

namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>
/// Loads <c>letters.json</c>, every <c>CODE.en.liquid</c> / <c>CODE.cy.liquid</c> and every
/// allowed paragraph, and checks the data is consistent; any gap fails loudly at start-up.
/// </summary>
internal static class LetterTemplateLoader
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static (LetterCatalogue Catalogue, IReadOnlyList<LoadedLetter> Letters,
        IReadOnlyDictionary<(string Code, LetterLanguage Language), ParsedParagraph> Paragraphs) Load(string directory)
    {
        var catalogueFile = Path.Combine(directory, "letters.json");
        if (!File.Exists(catalogueFile))
        {
            throw new LetterTemplateException($"Letter templates not found: {catalogueFile} does not exist.");
        }

        var catalogue = JsonSerializer.Deserialize<LetterCatalogue>(File.ReadAllText(catalogueFile), _json);
        if (catalogue?.Letters is not { Count: > 0 } || string.IsNullOrWhiteSpace(catalogue.FromMailbox))
        {
            throw new LetterTemplateException($"{catalogueFile}: 'fromMailbox' and 'letters' are required.");
        }

        var parser = new FluidParser();
        var letters = new List<LoadedLetter>();
        var paragraphs = new Dictionary<(string, LetterLanguage), ParsedParagraph>();
        foreach (var definition in catalogue.Letters)
        {
            if (letters.Any(letter => letter.Definition.Code == definition.Code))
            {
                throw new LetterTemplateException($"{catalogueFile}: code {definition.Code} appears twice.");
            }

            var allowed = definition.Paragraphs ?? [];
            foreach (var code in allowed)
            {
                foreach (var language in Enum.GetValues<LetterLanguage>())
                {
                    var file = Path.Combine(directory, "paragraphs", $"{code}.{Suffix(language)}.txt");
                    paragraphs.TryAdd((code, language), LetterFileParser.ParseParagraph(parser, file, Read(file)));
                }
            }

            var english = ParseLetter(parser, directory, definition.Code, LetterLanguage.English);
            var welsh = ParseLetter(parser, directory, definition.Code, LetterLanguage.Welsh);
            var letter = new LoadedLetter(definition, allowed, english, welsh);
            Check(letter);
            letters.Add(letter);
        }

        return (catalogue, letters, paragraphs);
    }

    public static string Suffix(LetterLanguage language) => language == LetterLanguage.Welsh ? "cy" : "en";

    private static ParsedLetter ParseLetter(FluidParser parser, string directory, string code, LetterLanguage language)
    {
        var file = Path.Combine(directory, $"{code}.{Suffix(language)}.liquid");
        return LetterFileParser.Parse(parser, file, Read(file));
    }

    private static string Read(string file) =>
        File.Exists(file) ? File.ReadAllText(file) : throw new LetterTemplateException($"Letter template file missing: {file}");

    private static void Check(LoadedLetter letter)
    {
        var code = letter.Definition.Code;
        if (!letter.English.Fields.SequenceEqual(letter.Welsh.Fields, StringComparer.Ordinal))
        {
            throw new LetterTemplateException(
                $"{code}: English uses fields [{string.Join(", ", letter.English.Fields)}] but Welsh uses [{string.Join(", ", letter.Welsh.Fields)}].");
        }

        foreach (var version in new[] { letter.English, letter.Welsh })
        {
            if (version.Has(BlockKind.Paragraphs) != letter.Paragraphs.Count > 0)
            {
                throw new LetterTemplateException($"{code}: a [paragraphs] block is needed exactly when paragraphs are allowed.");
            }

            if (version.Has(BlockKind.FreeText) != (letter.Definition.FreeText != LetterFreeText.None))
            {
                throw new LetterTemplateException($"{code}: a [freetext] block is needed exactly when free text is allowed.");
            }

            if (letter.IsEmail != (version.Subject is not null)
                || (version.Subject is not null && FieldScanner.Scan([version.Subject]).Count > 0))
            {
                throw new LetterTemplateException($"{code}: an e-mail needs a fixed [subject] (no fields); a letter has none.");
            }
        }
    }
}

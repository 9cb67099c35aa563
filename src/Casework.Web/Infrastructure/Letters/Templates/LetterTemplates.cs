using Casework.Domain.Correspondence;
using Fluid;

namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>
/// The letter and e-mail templates (COR-01, COR-03, COR-05, COR-07, SEC-07, EC-06/07/14, AM-04),
/// loaded and parsed once from <c>Data/Seed/letters</c> and rendered with Fluid as plain text.
/// Immutable after construction, so one instance serves all threads: use <see cref="Instance"/>
/// (e.g. <c>services.AddSingleton(LetterTemplates.Instance)</c>).
/// </summary>
public sealed class LetterTemplates
{
    private static readonly Lazy<LetterTemplates> _instance = new(() => new LetterTemplates());

    private readonly Dictionary<string, LoadedLetter> _letters;
    private readonly IReadOnlyDictionary<(string Code, LetterLanguage Language), ParsedParagraph> _paragraphs;
    private readonly Dictionary<LetterLanguage, TemplateOptions> _options;

    public LetterTemplates()
        : this(DefaultDirectory)
    {
    }

    public LetterTemplates(string directory)
    {
        var (catalogue, letters, paragraphs) = LetterTemplateLoader.Load(directory);
        _letters = letters.ToDictionary(letter => letter.Definition.Code, StringComparer.Ordinal);
        _paragraphs = paragraphs;
        _options = Enum.GetValues<LetterLanguage>().ToDictionary(language => language, LetterFluidOptions.Create);
        Codes = [.. letters.Select(letter => letter.Definition.Code)];
        FromMailbox = catalogue.FromMailbox!;
    }

    /// <summary>The shared instance, loaded from <see cref="DefaultDirectory"/> on first use.</summary>
    public static LetterTemplates Instance => _instance.Value;

    public static string DefaultDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "letters");

    /// <summary>Every letter and e-mail code, in catalogue order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The designated Employer Information Request inbox e-mails are sent from (SEC-07).</summary>
    public string FromMailbox { get; }

    /// <summary>The fields the template reads (same in English and Welsh), sorted.</summary>
    public IReadOnlyList<string> RequiredFields(string code) => Find(code).English.Fields;

    public IReadOnlyList<string> AllowedParagraphs(string code) => Find(code).Paragraphs;

    public LetterParagraphChoice ParagraphChoice(string code) => Find(code).Definition.ParagraphChoice;

    public LetterFreeText FreeText(string code) => Find(code).Definition.FreeText;

    public bool IsEmail(string code) => Find(code).IsEmail;

    /// <summary>The fixed subject line of an e-mail code.</summary>
    public string Subject(string code, LetterLanguage language)
    {
        var letter = Find(code);
        var subject = letter.For(language).Subject
            ?? throw new LetterTemplateException($"{code} is a letter, not an e-mail: it has no subject line.");
        return Text(code, subject, new TemplateContext(_options[language]));
    }

    /// <summary>Fills in a letter; throws <see cref="LetterTemplateException"/> rather than leave a blank.</summary>
    public LetterContent Render(LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var letter = Find(request.Code);
        var chosen = LetterRequestRules.Check(letter, request, _paragraphs);
        var template = letter.For(request.Language);
        var context = new TemplateContext(_options[request.Language]);
        foreach (var (name, value) in request.Fields ?? new Dictionary<string, string>())
        {
            context.SetValue(name, value);
        }

        var body = new List<LetterBlock>();
        foreach (var block in template.Body)
        {
            switch (block.Kind)
            {
                case BlockKind.Paragraphs:
                    body.AddRange(chosen.Select(code =>
                        new LetterBlock(null, Text(request.Code, _paragraphs[(code, request.Language)].Text, context))));
                    break;
                case BlockKind.FreeText when !string.IsNullOrWhiteSpace(request.FreeText):
                    body.Add(new LetterBlock(null, request.FreeText.Trim()));
                    break;
                case BlockKind.Text:
                    var text = Text(request.Code, block.Text!, context);
                    var heading = block.Heading is null ? null : Text(request.Code, block.Heading, context);
                    if (text.Length > 0)
                    {
                        body.Add(new LetterBlock(string.IsNullOrEmpty(heading) ? null : heading, text));
                    }

                    break;
            }
        }

        return new LetterContent(
            request.Code,
            request.Language,
            Text(request.Code, template.Title, context),
            [.. (request.AddressLines ?? []).Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line.Trim())],
            request.Date,
            request.Reference.Trim(),
            Text(request.Code, template.Salutation, context),
            body,
            Text(request.Code, template.SignOff, context));
    }

    private LoadedLetter Find(string code) =>
        _letters.TryGetValue(code ?? string.Empty, out var letter)
            ? letter
            : throw new LetterTemplateException($"Unknown letter code '{code}'. Known codes: {string.Join(", ", Codes)}.");

    private static string Text(string code, IFluidTemplate template, TemplateContext context)
    {
        try
        {
            return template.Render(context, NullEncoder.Default).Trim();
        }
        catch (FluidException e)
        {
            throw new LetterTemplateException($"Letter {code} could not be rendered: {e.Message}", e);
        }
    }
}

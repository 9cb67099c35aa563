using System.Text.RegularExpressions;
using Fluid;

namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>
/// Reads the letter file format described in <c>Data/Seed/letters/README.md</c>: sections
/// <c>[title]</c> or <c>[subject]</c>, <c>[salutation]</c>, <c>[body]</c>, <c>[signoff]</c>;
/// body blocks separated by blank lines, <c>## </c> starts a block with a heading, and the
/// blocks <c>[paragraphs]</c> / <c>[freetext]</c> mark where those go. Each piece is its own
/// Liquid template, so a field value can never change the letter's structure.
/// </summary>
internal static partial class LetterFileParser
{
    private static readonly string[] _sections = ["title", "subject", "salutation", "body", "signoff"];

    public static ParsedLetter Parse(FluidParser parser, string name, string source)
    {
        var sections = Split(name, source);
        IFluidTemplate? Optional(string section) =>
            sections.TryGetValue(section, out var text) && text.Trim().Length > 0 ? Template(parser, name, text.Trim()) : null;
        IFluidTemplate Required(string section) =>
            Optional(section) ?? throw new LetterTemplateException($"{name}: the [{section}] section is missing or empty.");

        var subject = Optional("subject");
        var title = Optional("title") ?? subject
            ?? throw new LetterTemplateException($"{name}: the [title] section is missing or empty.");
        var body = Blocks(parser, name, sections.GetValueOrDefault("body") ?? string.Empty);
        if (body.Count == 0)
        {
            throw new LetterTemplateException($"{name}: the [body] section is missing or empty.");
        }

        var salutation = Required("salutation");
        var signOff = Required("signoff");
        var fields = FieldScanner.Scan(
            [title, subject, salutation, signOff, .. body.SelectMany(block => new[] { block.Heading, block.Text })]);
        return new ParsedLetter(title, subject, salutation, body, signOff, fields);
    }

    public static ParsedParagraph ParseParagraph(FluidParser parser, string name, string source)
    {
        var text = source.Trim();
        if (text.Length == 0)
        {
            throw new LetterTemplateException($"{name}: the paragraph is empty.");
        }

        var template = Template(parser, name, text);
        return new ParsedParagraph(template, FieldScanner.Scan([template]));
    }

    private static Dictionary<string, string> Split(string name, string source)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var marker = MarkerLine().Match(line);
            if (marker.Success && _sections.Contains(marker.Groups[1].Value))
            {
                current = [];
                if (!sections.TryAdd(marker.Groups[1].Value, current))
                {
                    throw new LetterTemplateException($"{name}: section {line.Trim()} appears twice.");
                }
            }
            else if (current is not null)
            {
                current.Add(line);
            }
            else if (line.Trim().Length > 0)
            {
                throw new LetterTemplateException($"{name}: text before the first section: '{line.Trim()}'.");
            }
        }

        return sections.ToDictionary(pair => pair.Key, pair => string.Join('\n', pair.Value), StringComparer.Ordinal);
    }

    private static List<TemplateBlock> Blocks(FluidParser parser, string name, string body)
    {
        var blocks = new List<TemplateBlock>();
        foreach (var chunk in BlankLines().Split(body.Trim()).Select(chunk => chunk.Trim()).Where(chunk => chunk.Length > 0))
        {
            if (chunk is "[paragraphs]" or "[freetext]")
            {
                blocks.Add(new TemplateBlock(chunk == "[paragraphs]" ? BlockKind.Paragraphs : BlockKind.FreeText, null, null));
                continue;
            }

            if (MarkerLine().IsMatch(chunk))
            {
                throw new LetterTemplateException($"{name}: unknown marker {chunk} in [body].");
            }

            var lines = chunk.Split('\n');
            var heading = lines[0].StartsWith("## ", StringComparison.Ordinal) ? lines[0][3..].Trim() : null;
            var text = string.Join('\n', heading is null ? lines : lines[1..]).Trim();
            if (text.Length == 0)
            {
                throw new LetterTemplateException($"{name}: heading '{heading}' has no text under it.");
            }

            blocks.Add(new TemplateBlock(
                BlockKind.Text, heading is null ? null : Template(parser, name, heading), Template(parser, name, text)));
        }

        return blocks;
    }

    private static IFluidTemplate Template(FluidParser parser, string name, string text) =>
        parser.TryParse(text, out var template, out var error)
            ? template
            : throw new LetterTemplateException($"{name}: Liquid error: {error}");

    [GeneratedRegex(@"^\s*\[([a-z]+)\]\s*$")]
    private static partial Regex MarkerLine();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();
}

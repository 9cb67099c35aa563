using Fluid;

namespace Casework.Web.Infrastructure.Letters.Templates;

internal enum BlockKind
{
    Text,
    Paragraphs,
    FreeText,
}

/// <summary>A body block: text under an optional heading, or where chosen paragraphs / free text go.</summary>
internal sealed record TemplateBlock(BlockKind Kind, IFluidTemplate? Heading, IFluidTemplate? Text);

/// <summary>One parsed <c>CODE.lang.liquid</c> file; <see cref="Fields"/> are the variables it reads.</summary>
internal sealed record ParsedLetter(
    IFluidTemplate Title,
    IFluidTemplate? Subject,
    IFluidTemplate Salutation,
    IReadOnlyList<TemplateBlock> Body,
    IFluidTemplate SignOff,
    IReadOnlyList<string> Fields)
{
    public bool Has(BlockKind kind) => Body.Any(block => block.Kind == kind);
}

/// <summary>One parsed <c>paragraphs/CODE.lang.txt</c> file.</summary>
internal sealed record ParsedParagraph(IFluidTemplate Text, IReadOnlyList<string> Fields);

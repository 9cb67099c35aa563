namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>
/// Type sizes, in points, of a PDF letter. Standard print has an 11 pt body; large print (COR-04)
/// prints the same content with nothing smaller than 16 pt: an 18 pt body and larger headings.
/// </summary>
public sealed record PdfLetterStyle(double BodySize, double HeadingSize, double TitleSize, double FooterSize)
{
    public static PdfLetterStyle Standard { get; } = new(BodySize: 11, HeadingSize: 12, TitleSize: 14, FooterSize: 9);

    public static PdfLetterStyle LargePrint { get; } = new(BodySize: 18, HeadingSize: 20, TitleSize: 22, FooterSize: 18);

    /// <summary>The smallest type on the page: large print keeps it at 16 pt or more.</summary>
    public double SmallestSize => Math.Min(Math.Min(BodySize, HeadingSize), Math.Min(TitleSize, FooterSize));

    /// <summary>Baseline-to-baseline distance as a multiple of the type size.</summary>
    public double LineSpacing => 1.25;

    public static PdfLetterStyle For(bool largePrint) => largePrint ? LargePrint : Standard;
}

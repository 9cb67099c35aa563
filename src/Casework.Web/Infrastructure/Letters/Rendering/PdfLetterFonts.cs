using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>
/// The <see cref="XFont"/>s of one <see cref="PdfLetterStyle"/>, created once per process (after the
/// font resolver is installed) and shared by every letter and thread: no per-letter font loading.
/// </summary>
internal sealed class PdfLetterFonts
{
    // PublicationOnly: a failure (fonts missing) is not cached, so installing the fonts fixes it without a restart.
    private static readonly Lazy<PdfLetterFonts> _standard = new(() => Create(PdfLetterStyle.Standard), LazyThreadSafetyMode.PublicationOnly);
    private static readonly Lazy<PdfLetterFonts> _largePrint = new(() => Create(PdfLetterStyle.LargePrint), LazyThreadSafetyMode.PublicationOnly);

    private PdfLetterFonts(PdfLetterStyle style)
    {
        // Unicode encoding: Welsh needs ŵ and ŷ, which WinAnsi lacks; it also gives pdftotext a ToUnicode map.
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        Style = style;
        Body = new XFont(LiberationFontResolver.FamilyName, style.BodySize, XFontStyleEx.Regular, options);
        Heading = new XFont(LiberationFontResolver.FamilyName, style.HeadingSize, XFontStyleEx.Bold, options);
        Title = new XFont(LiberationFontResolver.FamilyName, style.TitleSize, XFontStyleEx.Bold, options);
        Footer = new XFont(LiberationFontResolver.FamilyName, style.FooterSize, XFontStyleEx.Regular, options);
    }

    public PdfLetterStyle Style { get; }

    public XFont Body { get; }

    public XFont Heading { get; }

    public XFont Title { get; }

    public XFont Footer { get; }

    public double LineHeight(XFont font) => font.Size * Style.LineSpacing;

    /// <summary>The fonts for a style; the first call installs the font resolver (and fails if the fonts are missing).</summary>
    public static PdfLetterFonts For(bool largePrint) => largePrint ? _largePrint.Value : _standard.Value;

    private static PdfLetterFonts Create(PdfLetterStyle style)
    {
        LiberationFontResolver.EnsureInstalled();
        return new PdfLetterFonts(style);
    }
}

using Casework.Domain.Correspondence;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>
/// Renders a letter to an A4 PDF with PDFsharp 6.2.4 and Liberation Sans (COR-01), in standard or large
/// print (COR-04), in the letter's language (COR-05). Stateless apart from fonts shared process-wide,
/// so one instance serves every thread (register as a singleton).
/// </summary>
public sealed class PdfLetterRenderer
{
    private static readonly XSize _a4 = new(PdfLetterLayout.PageWidth, PdfLetterLayout.PageHeight);

    /// <summary>The type sizes used for standard or large print.</summary>
    public PdfLetterStyle StyleFor(bool largePrint) => PdfLetterStyle.For(largePrint);

    public byte[] Render(LetterContent letter, bool largePrint, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var fonts = PdfLetterFonts.For(largePrint);
        List<List<PlacedText>> pages;
        using (var measure = XGraphics.CreateMeasureContext(_a4, XGraphicsUnit.Point, XPageDirection.Downwards))
        {
            pages = PdfLetterLayout.Lay(letter, fonts, measure, ct);
        }

        using var document = new PdfDocument();
        document.Info.Title = letter.Title;
        document.Info.Subject = letter.Code + " " + letter.Reference;
        document.Info.Author = LetterWording.Sender(letter.Language)[0];
        document.Language = letter.Language == LetterLanguage.Welsh ? "cy-GB" : "en-GB";
        document.Options.CompressContentStreams = true;
        for (var i = 0; i < pages.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var gfx = XGraphics.FromPdfPage(page);
            foreach (var text in pages[i])
            {
                gfx.DrawString(text.Text, text.Font, XBrushes.Black, text.X, text.Y, XStringFormats.TopLeft);
            }

            var footer = LetterWording.PageOf(i + 1, pages.Count, letter.Language);
            var width = gfx.MeasureString(footer, fonts.Footer).Width;
            gfx.DrawString(
                footer, fonts.Footer, XBrushes.Black, (PdfLetterLayout.PageWidth - width) / 2, PdfLetterLayout.FooterTop(fonts), XStringFormats.TopLeft);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}

using Casework.Domain.Correspondence;
using PdfSharp.Drawing;

namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>A line of text at its place on a page; Y is the top of the line.</summary>
internal readonly record struct PlacedText(string Text, XFont Font, double X, double Y);

/// <summary>
/// Lays a letter out on A4 pages before anything is drawn, so the page count is known for "Page X of Y".
/// Sender block top right, recipient address top left, then date, reference, title, salutation, body
/// blocks (bold heading kept with its first lines, word-wrapped paragraphs) and sign-off; a line that
/// does not fit starts a new page.
/// </summary>
internal sealed class PdfLetterLayout
{
    public const double PageWidth = 595.28;   // A4 in points
    public const double PageHeight = 841.89;
    public const double Margin = 56.69;       // 20 mm

    private readonly PdfLetterFonts _fonts;
    private readonly XGraphics _measure;
    private readonly List<List<PlacedText>> _pages = [[]];
    private readonly double _bottom;
    private double _y = Margin;

    private readonly CancellationToken _ct;

    private PdfLetterLayout(PdfLetterFonts fonts, XGraphics measure, CancellationToken ct)
    {
        _ct = ct;
        _fonts = fonts;
        _measure = measure;
        _bottom = FooterTop(fonts) - fonts.LineHeight(fonts.Footer);
    }

    private static double ContentWidth => PageWidth - (2 * Margin);

    /// <summary>Top of the "Page X of Y" line, which ends 12 mm (34.02 pt) above the bottom edge.</summary>
    public static double FooterTop(PdfLetterFonts fonts) => PageHeight - 34.02 - fonts.LineHeight(fonts.Footer);

    public static List<List<PlacedText>> Lay(LetterContent letter, PdfLetterFonts fonts, XGraphics measure, CancellationToken ct = default)
    {
        var layout = new PdfLetterLayout(fonts, measure, ct);
        layout.Header(letter);
        layout.Body(letter);
        return layout._pages;
    }

    private void Header(LetterContent letter)
    {
        // Sender top right, address top left, side by side when both fit across the page (with an
        // 18 pt gutter); otherwise (long lines in large print) the sender block sits above the address.
        var body = _fonts.Body;
        var sender = LetterWording.Sender(letter.Language);
        var senderWidth = sender.Max(s => Width(s, body));
        var addressWidth = letter.AddressLines.Select(a => Width(a, body)).DefaultIfEmpty(0).Max();
        var sideBySide = senderWidth + 18 + addressWidth <= ContentWidth;
        var y = Margin;
        foreach (var line in sender.SelectMany(s => Wrap(s, body, ContentWidth)))
        {
            _pages[0].Add(new PlacedText(line, body, PageWidth - Margin - Width(line, body), y));
            y += _fonts.LineHeight(body);
        }

        _y = sideBySide ? Margin : y + _fonts.LineHeight(body);
        foreach (var line in letter.AddressLines.SelectMany(a => Wrap(a, body, ContentWidth)))
        {
            Line(line, body);
        }

        _y = Math.Max(_y, y) + _fonts.LineHeight(body);
        Line(LetterWording.Date(letter.Date, letter.Language), body);
        Line(LetterWording.Reference(letter.Reference, letter.Language), body);
        Gap(1);
    }

    private void Body(LetterContent letter)
    {
        var body = _fonts.Body;
        Paragraph(letter.Title, _fonts.Title, keepLines: 2);
        Gap(0.5);
        Paragraph(letter.Salutation, body);
        Gap(0.6);
        foreach (var block in letter.Body)
        {
            if (!string.IsNullOrWhiteSpace(block.Heading))
            {
                Paragraph(block.Heading, _fonts.Heading, keepLines: 3);
                Gap(0.25);
            }

            foreach (var paragraph in LetterWording.Paragraphs(block.Text))
            {
                Paragraph(paragraph, body);
                Gap(0.6);
            }
        }

        // The sign-off (e.g. "Yours faithfully" and a name) stays together on one page.
        var signOff = LetterWording.Paragraphs(letter.SignOff).SelectMany(p => Wrap(p, body, ContentWidth)).ToList();
        Gap(0.4);
        KeepTogether(signOff.Count * _fonts.LineHeight(body));
        foreach (var line in signOff)
        {
            Line(line, body);
        }
    }

    /// <summary>A wrapped paragraph; keepLines &gt; 1 keeps its first lines together with the next body lines.</summary>
    private void Paragraph(string text, XFont font, int keepLines = 0)
    {
        var lines = Wrap(text, font, ContentWidth);
        if (keepLines > 0)
        {
            KeepTogether((lines.Count * _fonts.LineHeight(font)) + ((keepLines - 1) * _fonts.LineHeight(_fonts.Body)));
        }

        foreach (var line in lines)
        {
            Line(line, font);
        }
    }

    private void Line(string text, XFont font)
    {
        var height = _fonts.LineHeight(font);
        if (_y + height > _bottom)
        {
            NewPage();
        }

        _pages[^1].Add(new PlacedText(text, font, Margin, _y));
        _y += height;
    }

    private void Gap(double lines)
    {
        _y += lines * _fonts.LineHeight(_fonts.Body);
    }

    private void KeepTogether(double height)
    {
        if (_y + height > _bottom && _y > Margin && height <= _bottom - Margin)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _pages.Add([]);
        _y = Margin;
    }

    private List<string> Wrap(string text, XFont font, double width) =>
        TextWrapper.Wrap(text, width, s => Width(s, font), _ct);

    private double Width(string text, XFont font) => _measure.MeasureString(text, font).Width;
}

using System.Text;
using Casework.Web.Infrastructure.Letters.Rendering;

namespace Casework.Web.Tests.Letters.Rendering;

public sealed class PdfLetterRendererTests
{
    private readonly PdfLetterRenderer _renderer = new();

    [Fact]
    public void COR01_pdf_letter_has_reference_title_every_paragraph_and_page_numbers()
    {
        var letter = SampleLetters.English();
        var pdf = _renderer.Render(letter, largePrint: false);

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var text = PdfText.Extract(pdf);
        Assert.Contains("Our reference: SR01234567", text, StringComparison.Ordinal);
        Assert.Contains(letter.Title, text, StringComparison.Ordinal);
        Assert.Contains("Child Maintenance Service", text, StringComparison.Ordinal);
        Assert.Contains("5 March 2025", text, StringComparison.Ordinal);
        Assert.Contains("Dear Sir or Madam", text, StringComparison.Ordinal);
        Assert.Contains("Acme Widgets Limited", text, StringComparison.Ordinal);
        Assert.Contains("Yours faithfully", text, StringComparison.Ordinal);
        Assert.All(SampleLetters.Words(letter), w => Assert.Contains(w, text, StringComparison.Ordinal));
        Assert.Contains("Page 1 of", text, StringComparison.Ordinal);
    }

    [Fact]
    public void COR01_every_page_is_numbered_page_x_of_y()
    {
        var pdf = _renderer.Render(SampleLetters.English(), largePrint: true);
        var pages = PdfText.PageCount(pdf);
        var text = PdfText.Extract(pdf);

        Assert.True(pages >= 2, $"expected the long letter to run to several pages in large print, got {pages}");
        var pageTexts = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.Equal(pages, pageTexts.Count);
        for (var i = 0; i < pages; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages}", pageTexts[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void COR04_large_print_is_at_least_16pt_with_the_same_content()
    {
        var letter = SampleLetters.English();
        Assert.Equal(11, _renderer.StyleFor(largePrint: false).BodySize);
        Assert.True(_renderer.StyleFor(largePrint: true).SmallestSize >= 16);

        var standard = _renderer.Render(letter, largePrint: false);
        var large = _renderer.Render(letter, largePrint: true);
        Assert.True(PdfText.PageCount(large) > PdfText.PageCount(standard), "large print should need more pages");

        var largeText = PdfText.Extract(large);
        Assert.Contains("Our reference: SR01234567", largeText, StringComparison.Ordinal);
        Assert.Contains(letter.Title, largeText, StringComparison.Ordinal);
        Assert.All(SampleLetters.Words(letter), w => Assert.Contains(w, largeText, StringComparison.Ordinal));

        // Bigger type: the long paragraph's first line holds far fewer words.
        static int FirstLineWords(string text) => text.Split('\n')
            .First(l => l.TrimStart().StartsWith("We have worked out", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var standardWords = FirstLineWords(PdfText.Extract(standard, layout: false));
        var largeWords = FirstLineWords(PdfText.Extract(large, layout: false));
        Assert.True(largeWords * 1.4 < standardWords, $"large print line has {largeWords} words, standard {standardWords}");
    }

    [Fact]
    public void COR05_welsh_letter_uses_welsh_wording()
    {
        var letter = SampleLetters.Welsh();
        var text = PdfText.Extract(_renderer.Render(letter, largePrint: false));

        Assert.Contains("Tudalen 1 o 1", text, StringComparison.Ordinal);
        Assert.Contains("Ein cyfeirnod: SR01234567", text, StringComparison.Ordinal);
        Assert.Contains("Gwasanaeth Cynhaliaeth Plant", text, StringComparison.Ordinal);
        Assert.Contains("5 Mawrth 2025", text, StringComparison.Ordinal);
        Assert.Contains("Heol y Dŵr", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void COR04_renderer_is_safe_to_share_between_threads()
    {
        var letter = SampleLetters.English();
        var expectedPages = PdfText.PageCount(_renderer.Render(letter, largePrint: true));
        var results = new byte[16][];

        Parallel.For(0, results.Length, i => results[i] = _renderer.Render(letter, largePrint: i % 2 == 0));

        for (var i = 0; i < results.Length; i += 2)
        {
            Assert.Equal(expectedPages, PdfText.PageCount(results[i]));
        }

        Assert.Contains("Page 1 of", PdfText.Extract(results[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void COR01_overlong_words_and_blank_blocks_still_render()
    {
        var letter = SampleLetters.English() with
        {
            Body = [new(null, new string('z', 400)), new("Heading only", "  \n ")],
        };

        var text = PdfText.Extract(_renderer.Render(letter, largePrint: true), layout: false);

        Assert.Equal(400, text.Count(c => c == 'z'));
    }
}

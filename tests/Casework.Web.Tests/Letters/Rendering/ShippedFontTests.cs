using System.Text;
using Casework.Web.Infrastructure.Letters.Rendering;

namespace Casework.Web.Tests.Letters.Rendering;

/// <summary>OPS-01: the letter fonts ship with the app, so a machine without fonts-liberation2 still renders letters.</summary>
public sealed class ShippedFontTests
{
    private static readonly string[] _faces = ["LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic"];

    [Fact]
    public void OPS01_the_fonts_and_their_licence_are_copied_beside_the_app()
    {
        var shipped = LiberationFontResolver.ShippedDirectory;
        Assert.Equal(Path.Combine(Path.GetDirectoryName(typeof(Program).Assembly.Location)!, "Fonts"), shipped);
        foreach (var face in _faces)
        {
            Assert.True(new FileInfo(Path.Combine(shipped, face + ".ttf")).Length > 100_000, $"{face}.ttf is missing from {shipped}");
        }

        var licence = File.ReadAllText(Path.Combine(shipped, "OFL.txt"));
        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", licence, StringComparison.Ordinal);
        Assert.Contains("Reserved Font Name Liberation", licence, StringComparison.Ordinal);
    }

    [Fact]
    public void OPS01_the_shipped_fonts_come_before_the_system_fonts()
    {
        Assert.Equal(LiberationFontResolver.ShippedDirectory, LiberationFontResolver.SearchDirectories[0]);
        var installed = LiberationFontResolver.Installed;
        Assert.All(installed.LoadedFrom.Values, path => Assert.StartsWith(LiberationFontResolver.ShippedDirectory, path, StringComparison.Ordinal));
    }

    [Fact]
    public void OPS01_a_resolver_given_only_the_shipped_folder_serves_every_face()
    {
        var shippedOnly = LiberationFontResolver.From([LiberationFontResolver.ShippedDirectory]);

        foreach (var (bold, italic) in new[] { (false, false), (true, false), (false, true), (true, true) })
        {
            var face = shippedOnly.ResolveTypeface(LiberationFontResolver.FamilyName, bold, italic)!;
            var bytes = shippedOnly.GetFont(face.FaceName);
            Assert.NotNull(bytes);
            // A TrueType file starts with the sfnt version 0x00010000.
            Assert.Equal(new byte[] { 0, 1, 0, 0 }, bytes![..4]);
        }

        Assert.Throws<FileNotFoundException>(() => LiberationFontResolver.From([Path.Combine(Path.GetTempPath(), "no-fonts-here")]));
    }

    [Fact]
    public void OPS01_a_letter_renders_with_the_shipped_fonts()
    {
        var pdf = new PdfLetterRenderer().Render(SampleLetters.English(), largePrint: false);

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Contains("Dear Sir or Madam", PdfText.Extract(pdf), StringComparison.Ordinal);
    }
}

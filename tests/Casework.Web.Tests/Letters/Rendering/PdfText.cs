using System.Diagnostics;
using PdfSharp.Pdf.IO;

namespace Casework.Web.Tests.Letters.Rendering;

/// <summary>Reads a rendered PDF back: its text through poppler's pdftotext (Debian poppler-utils), its page count through PDFsharp.</summary>
internal static class PdfText
{
    public static string Extract(byte[] pdf, bool layout = true)
    {
        var file = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            if (layout)
            {
                start.ArgumentList.Add("-layout");
            }

            start.ArgumentList.Add("-enc");
            start.ArgumentList.Add("UTF-8");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(30_000), "pdftotext timed out");
            Assert.True(process.ExitCode == 0, $"pdftotext failed (is poppler-utils installed?): {error}");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}

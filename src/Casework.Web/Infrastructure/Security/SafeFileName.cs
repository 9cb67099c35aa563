namespace Casework.Web.Infrastructure.Security;

/// <summary>
/// An uploaded file's name as it is kept and shown: bidirectional overrides and marks (U+202E would show
/// "evil\u202Efdp.exe" as "evilexe.pdf") and control characters are removed.
/// </summary>
public static class SafeFileName
{
    public static string Strip(string name) =>
        new([.. name.Where(c => !char.IsControl(c) && c is not ((>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'))]);
}

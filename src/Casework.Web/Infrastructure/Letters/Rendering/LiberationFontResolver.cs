using PdfSharp.Fonts;

namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>
/// PDFsharp font resolver serving Liberation Sans regular and bold from TrueType files on disk
/// (Debian package fonts-liberation2). Every family PDFsharp asks for resolves to Liberation Sans.
/// PDFsharp's resolver is process-wide and may be set only once, so <see cref="EnsureInstalled"/>
/// installs the one shared instance under a lock and is a no-op afterwards.
/// </summary>
internal sealed class LiberationFontResolver : IFontResolver
{
    public const string FamilyName = "Liberation Sans";
    private const string RegularFace = "LiberationSans-Regular";
    private const string BoldFace = "LiberationSans-Bold";

    /// <summary>Where the fonts are looked for, in order: shipped with the app, then distribution paths.</summary>
    internal static readonly string[] SearchDirectories =
    [
        Path.Combine(AppContext.BaseDirectory, "Fonts"),
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/liberation-sans",
        "/usr/share/fonts/liberation",
        "/usr/share/fonts/TTF",
        "/usr/local/share/fonts",
    ];

    private static readonly Lock _gate = new();
    private static LiberationFontResolver? _installed;

    private readonly byte[] _regular;
    private readonly byte[] _bold;

    private LiberationFontResolver(byte[] regular, byte[] bold)
    {
        _regular = regular;
        _bold = bold;
    }

    /// <summary>Installs the resolver as <see cref="GlobalFontSettings.FontResolver"/> once; thread-safe, idempotent.</summary>
    public static void EnsureInstalled()
    {
        if (Volatile.Read(ref _installed) is not null)
        {
            return;
        }

        lock (_gate)
        {
            if (_installed is not null)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is LiberationFontResolver existing)
            {
                Volatile.Write(ref _installed, existing);
                return;
            }

            if (current is not null)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has a font resolver ({current.GetType().FullName}); letters need {nameof(LiberationFontResolver)}, and PDFsharp's resolver can be set only once per process.");
            }

            var resolver = new LiberationFontResolver(Load(RegularFace), Load(BoldFace));
            GlobalFontSettings.FontResolver = resolver;
            Volatile.Write(ref _installed, resolver);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => _regular,
        BoldFace => _bold,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var file = face + ".ttf";
        foreach (var directory in SearchDirectories)
        {
            var path = Path.Combine(directory, file);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        throw new FileNotFoundException(
            $"Letter font {file} was not found in {string.Join(", ", SearchDirectories)}. " +
            "Install the Debian package fonts-liberation2 (apt-get install fonts-liberation2).",
            file);
    }
}

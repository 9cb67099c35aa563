using PdfSharp.Fonts;

namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>
/// PDFsharp font resolver serving Liberation Sans regular, bold and italic. The fonts ship with the app
/// (<c>Fonts/</c> beside the binaries, SIL Open Font License in <c>Fonts/OFL.txt</c>, OPS-01); the
/// distribution's folders are only a fallback. Every family PDFsharp asks for resolves to Liberation Sans.
/// PDFsharp's resolver is process-wide and may be set only once, so <see cref="EnsureInstalled"/>
/// installs the one shared instance under a lock and is a no-op afterwards.
/// </summary>
internal sealed class LiberationFontResolver : IFontResolver
{
    public const string FamilyName = "Liberation Sans";
    private const string RegularFace = "LiberationSans-Regular";
    private const string BoldFace = "LiberationSans-Bold";
    private const string ItalicFace = "LiberationSans-Italic";
    private static readonly string[] _faces = [RegularFace, BoldFace, ItalicFace];

    /// <summary>The fonts shipped with the app.</summary>
    internal static readonly string ShippedDirectory = Path.Combine(AppContext.BaseDirectory, "Fonts");

    /// <summary>Where the fonts are looked for, in order: shipped with the app, then distribution paths.</summary>
    internal static readonly string[] SearchDirectories =
    [
        ShippedDirectory,
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/liberation-sans",
        "/usr/share/fonts/liberation",
        "/usr/share/fonts/TTF",
        "/usr/local/share/fonts",
    ];

    private static readonly Lock _gate = new();
    private static LiberationFontResolver? _installed;

    private readonly Dictionary<string, (byte[] Bytes, string Path)> _fonts;

    private LiberationFontResolver(Dictionary<string, (byte[] Bytes, string Path)> fonts) => _fonts = fonts;

    /// <summary>The file each face was read from.</summary>
    public IReadOnlyDictionary<string, string> LoadedFrom => _fonts.ToDictionary(f => f.Key, f => f.Value.Path, StringComparer.Ordinal);

    /// <summary>The installed resolver (installing it first); throws <see cref="FileNotFoundException"/> when a font is missing.</summary>
    public static LiberationFontResolver Installed
    {
        get
        {
            EnsureInstalled();
            return _installed!;
        }
    }

    /// <summary>A resolver reading the fonts from the given folders only, in order.</summary>
    public static LiberationFontResolver From(IReadOnlyList<string> directories) =>
        new(_faces.ToDictionary(f => f, f => Load(f, directories), StringComparer.Ordinal));

    /// <summary>Where each face would be read from, or null for a face found nowhere (for /health).</summary>
    public static IReadOnlyDictionary<string, string?> Locate(IReadOnlyList<string> directories) =>
        _faces.ToDictionary(f => f, f => Find(f, directories), StringComparer.Ordinal);

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

            var resolver = From(SearchDirectories);
            GlobalFontSettings.FontResolver = resolver;
            Volatile.Write(ref _installed, resolver);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => (bold, italic) switch
    {
        (true, _) => new(BoldFace, mustSimulateBold: false, mustSimulateItalic: italic),
        (false, true) => new(ItalicFace),
        _ => new(RegularFace),
    };

    public byte[]? GetFont(string faceName) => _fonts.TryGetValue(faceName, out var font) ? font.Bytes : null;

    private static string? Find(string face, IReadOnlyList<string> directories) =>
        directories.Select(d => Path.Combine(d, face + ".ttf")).FirstOrDefault(File.Exists);

    private static (byte[] Bytes, string Path) Load(string face, IReadOnlyList<string> directories)
    {
        var path = Find(face, directories) ?? throw new FileNotFoundException(
            $"Letter font {face}.ttf was not found in {string.Join(", ", directories)}. It ships with the app in Fonts/; " +
            "restore that folder, or install the Debian package fonts-liberation2 (apt-get install fonts-liberation2).",
            face + ".ttf");
        return (File.ReadAllBytes(path), path);
    }
}

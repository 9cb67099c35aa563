using System.Runtime.InteropServices;
using System.Text;

namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>
/// liblouis called in process (P/Invoke into <c>liblouis.so.20</c>, Debian liblouis20, LGPL): one translation per
/// line, with the display table <c>en-us-brf.dis</c> in front of the language table so the output is North American
/// ASCII braille (BRF) whichever table is used, exactly as <c>lou_translate</c> produced it. liblouis keeps its
/// compiled tables in global state and is not thread-safe, so calls are serialised. Where the library cannot be
/// loaded the app still runs: <see cref="Status"/> says why (for /health and the letter preview) and
/// <see cref="Translate"/> throws <see cref="BrailleUnavailableException"/> (OPS-01).
/// </summary>
public sealed class LouisLibrary
{
    public const string DefaultLibrary = "liblouis.so.20";
    public const string DisplayTable = "en-us-brf.dis";
    private const int Forward = 0;

    private readonly Lock _gate = new();
    private readonly Lazy<Native> _native;

    public LouisLibrary(string libraryName)
    {
        LibraryName = libraryName;
        _native = new Lazy<Native>(() => Native.Load(libraryName), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The library at its Debian name; shared by the renderers made without dependency injection.</summary>
    public static LouisLibrary Default { get; } = new(DefaultLibrary);

    public string LibraryName { get; }

    /// <summary>Whether braille can be produced, and if not, why.</summary>
    public BrailleStatus Status
    {
        get
        {
            var native = _native.Value;
            return native.Failure is { } failure
                ? new BrailleStatus(false, failure)
                : new BrailleStatus(true, $"liblouis {native.Version} ({LibraryName}) loaded in process.");
        }
    }

    /// <summary>Where liblouis keeps its tables (LOUIS_TABLEPATH first, as liblouis itself does).</summary>
    public static IEnumerable<string> TableDirectories()
    {
        var configured = Environment.GetEnvironmentVariable("LOUIS_TABLEPATH");
        foreach (var dir in (configured ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return dir;
        }

        yield return "/usr/share/liblouis/tables";
        yield return "/usr/local/share/liblouis/tables";
    }

    public static bool TableExists(string table) => TableDirectories().Any(d => File.Exists(Path.Combine(d, table)));

    /// <summary>Whether a translation table can be found and compiled.</summary>
    public bool HasTable(string table)
    {
        var native = Require();
        lock (_gate)
        {
            return native.GetTable!(DisplayTable + "," + table) != IntPtr.Zero;
        }
    }

    /// <summary>Translates each line (which must not contain a line break); returns one line per input line.</summary>
    public IReadOnlyList<string> Translate(IReadOnlyList<string> lines, string table, bool backward)
    {
        var native = Require();
        var tables = DisplayTable + "," + table;
        var translate = backward ? native.BackTranslate! : native.Translate!;
        var result = new List<string>(lines.Count);
        lock (_gate)
        {
            foreach (var line in lines)
            {
                result.Add(line.Length == 0 ? string.Empty : TranslateLine(native, translate, tables, line));
            }
        }

        return result;
    }

    private Native Require() =>
        _native.Value is { Failure: null } native ? native : throw new BrailleUnavailableException(_native.Value.Failure!);

    private static string TranslateLine(Native native, TranslateString translate, string tables, string line)
    {
        var input = native.Encoding.GetBytes(line);
        var inputChars = input.Length / native.CharSize;
        // Contracted braille back-translated can be several times longer than its input: grow until it all fits.
        for (var capacity = inputChars * 4 + 64; ; capacity *= 4)
        {
            var output = new byte[capacity * native.CharSize];
            var inLength = inputChars;
            var outLength = capacity;
            if (translate(tables, input, ref inLength, output, ref outLength, IntPtr.Zero, IntPtr.Zero, Forward) == 0)
            {
                throw new InvalidOperationException($"liblouis could not translate with {tables}: is the table installed?");
            }

            if (inLength >= inputChars || outLength < capacity)
            {
                return native.Encoding.GetString(output, 0, outLength * native.CharSize);
            }
        }
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int TranslateString(
        [MarshalAs(UnmanagedType.LPUTF8Str)] string tableList, byte[] input, ref int inLength, byte[] output, ref int outLength,
        IntPtr typeForm, IntPtr spacing, int mode);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr GetTableFunction([MarshalAs(UnmanagedType.LPUTF8Str)] string tableList);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int CharSizeFunction();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr VersionFunction();

    /// <summary>The loaded library's entry points, or why it could not be loaded. Loaded once, never unloaded.</summary>
    private sealed record Native(
        string? Failure, string Version, int CharSize, Encoding Encoding,
        TranslateString? Translate, TranslateString? BackTranslate, GetTableFunction? GetTable)
    {
        public static Native Load(string libraryName)
        {
            if (!NativeLibrary.TryLoad(libraryName, typeof(LouisLibrary).Assembly, null, out var handle))
            {
                return Missing($"liblouis ({libraryName}) is not installed, so braille letters cannot be produced yet; " +
                    "they stay queued. Install the Debian package liblouis20 (apt-get install liblouis20).");
            }

            try
            {
                var version = Marshal.PtrToStringUTF8(Function<VersionFunction>(handle, "lou_version")()) ?? "?";
                var charSize = Function<CharSizeFunction>(handle, "lou_charSize")();
                Encoding encoding = charSize == 4 ? new UTF32Encoding(bigEndian: false, byteOrderMark: false) : new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
                return new Native(null, version, charSize, encoding,
                    Function<TranslateString>(handle, "lou_translateString"),
                    Function<TranslateString>(handle, "lou_backTranslateString"),
                    Function<GetTableFunction>(handle, "lou_getTable"));
            }
            catch (EntryPointNotFoundException e)
            {
                return Missing($"{libraryName} is not a usable liblouis: {e.Message}");
            }
        }

        private static Native Missing(string failure) => new(failure, string.Empty, 0, Encoding.Unicode, null, null, null);

        private static T Function<T>(IntPtr library, string name) where T : Delegate =>
            NativeLibrary.TryGetExport(library, name, out var address)
                ? Marshal.GetDelegateForFunctionPointer<T>(address)
                : throw new EntryPointNotFoundException($"{name} is missing");
    }
}

/// <summary>Whether braille letters can be produced, with the reason.</summary>
public sealed record BrailleStatus(bool Available, string Description);

/// <summary>Braille was asked for where liblouis is not available; the letter stays queued.</summary>
public sealed class BrailleUnavailableException(string message) : Exception(message);

using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Casework.Web.Data.Configurations;

/// <summary>
/// A value object stored as one JSON text column: for small immutable records that are always read and written
/// whole with their aggregate (hashed caller secrets, the questions of a check). Compared by their JSON, so
/// replacing one with an equal copy is no change.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public static ValueConverter<T, string> Converter<T>()
        where T : class? =>
        new(v => Write(v), s => Read<T>(s));

    public static ValueComparer<T> Comparer<T>()
        where T : class? =>
        new((a, b) => Write(a) == Write(b), v => Write(v).GetHashCode(StringComparison.Ordinal), v => Read<T>(Write(v)));

    // Internal, not private: the compiled models (Data/*/CompiledModel) call them from the converter and comparer code.
    internal static string Write<T>(T? value) => value is null ? string.Empty : JsonSerializer.Serialize(value, _json);

    internal static T Read<T>(string text) => JsonSerializer.Deserialize<T>(text, _json)
        ?? throw new InvalidOperationException($"A stored {typeof(T).Name} is empty.");
}

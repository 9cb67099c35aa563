using System.Text.Json;

namespace Casework.Web.Features.EmployerComplaints;

/// <param name="Financial">"Refund" or "Redress" when a line of this type is money (EC-13): it needs that kind and an amount.</param>
public sealed record ResolutionType(string Code, string Label, string? Financial = null);

/// <summary>
/// The resolution types a plan line can have (EC-07): data in Data/Seed/resolution-types.json, so adding one is a data
/// change. Read once; the file ships with the app.
/// </summary>
public static class ResolutionTypes
{
    private static readonly Lazy<IReadOnlyList<ResolutionType>> _all = new(Load);

    public static IReadOnlyList<ResolutionType> All => _all.Value;

    public static ResolutionType? Find(string? code) =>
        All.FirstOrDefault(t => string.Equals(t.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<ResolutionType> Load()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "resolution-types.json"));
        return JsonSerializer.Deserialize<List<ResolutionType>>(stream, Infrastructure.Letters.LetterOutbox.Json) ?? [];
    }
}

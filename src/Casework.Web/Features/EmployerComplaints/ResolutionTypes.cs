using System.Text.Json;

namespace Casework.Web.Features.EmployerComplaints;

/// <param name="Financial">"Refund" or "Redress" when a line of this type is money (EC-13): it needs that kind and an amount.</param>
/// <param name="Letter">What a plan letter tells the employer about a line of this type (<see cref="PlanSentences"/>).</param>
public sealed record ResolutionType(string Code, string Label, string? Financial = null, LetterSentence? Letter = null);

/// <summary>
/// A plan line as the employer reads it, in English and Welsh; <c>{amount}</c> becomes the line's amount ("£120.00").
/// <paramref name="HeldEn"/>/<paramref name="HeldCy"/> are for a refund held to offset future deductions.
/// </summary>
public sealed record LetterSentence(string En, string Cy, string? HeldEn = null, string? HeldCy = null);

/// <summary>
/// The resolution types a plan line can have (EC-07): data in Data/Seed/resolution-types.json, so adding one is a data
/// change. Read once; the file ships with the app, and a type without its letter sentences is refused when it is read.
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
        var all = JsonSerializer.Deserialize<List<ResolutionType>>(stream, Infrastructure.Letters.LetterOutbox.Json) ?? [];
        var missing = all.Where(t => t.Letter is null || string.IsNullOrWhiteSpace(t.Letter.En) || string.IsNullOrWhiteSpace(t.Letter.Cy)
            || (t.Financial == "Refund" && (t.Letter.HeldEn is null || t.Letter.HeldCy is null))).Select(t => t.Code).ToList();
        return missing.Count == 0
            ? all
            : throw new InvalidOperationException($"resolution-types.json: no letter sentence (en and cy, and held for a refund) for {string.Join(", ", missing)}.");
    }
}

using System.Globalization;

namespace Casework.Domain.EmployerComplaints;

public enum PlanChangeKind
{
    Added,
    Removed,
    AmountChanged,
    TypeChanged,
    Reworded,
}

/// <summary>One difference between two revisions of a plan; <see cref="Before"/> or <see cref="After"/> is null for an added or removed line.</summary>
public sealed record PlanChange(PlanChangeKind Kind, RevisionLine? Before, RevisionLine? After)
{
    /// <summary>The change in words for the team leader, naming resolution types by <paramref name="label"/>.</summary>
    public string Describe(Func<string, string> label)
    {
        var (b, a) = (Before, After);
        return Kind switch
        {
            PlanChangeKind.Added => $"Line {a!.Number} added: {label(a.ResolutionType)} — {Text(a)}{Money(a, ", ")}.",
            PlanChangeKind.Removed => $"Line {b!.Number} removed: {label(b.ResolutionType)} — {Text(b)}{Money(b, ", ")}.",
            PlanChangeKind.AmountChanged =>
                $"{label(a!.ResolutionType)}: the amount changed from {Pounds(b!.Amount)} to {Pounds(a.Amount)}{Offset(b, a)}{Reworded(b, a)} (line {b.Number} replaced by line {a.Number}).",
            PlanChangeKind.TypeChanged =>
                $"Line {b!.Number} changed from {label(b.ResolutionType)} to {label(a!.ResolutionType)}{(b.Amount == a.Amount ? string.Empty : $", amount {Pounds(b.Amount)} → {Pounds(a.Amount)}")} (now line {a.Number}).",
            _ => $"Line {b!.Number} reworded{(b.Number == a!.Number ? string.Empty : $" as line {a.Number}")}: “{b.Description}” → “{a.Description}”.",
        };
    }

    private static string Text(RevisionLine l) => l.Description.Trim().TrimEnd('.');

    private static string Money(RevisionLine l, string prefix) => l.Amount is null
        ? string.Empty
        : $"{prefix}{Pounds(l.Amount)}{(l.Kind == FinancialKind.Refund ? l.HoldToOffset ? " held to offset future deductions" : " paid at once" : string.Empty)}";

    private static string Offset(RevisionLine b, RevisionLine a) => b.HoldToOffset == a.HoldToOffset
        ? string.Empty
        : a.HoldToOffset ? ", now held to offset future deductions" : ", now paid at once";

    private static string Reworded(RevisionLine b, RevisionLine a) =>
        string.Equals(b.Description, a.Description, StringComparison.Ordinal) ? string.Empty : $", now “{a.Description}”";

    internal static string Pounds(decimal? amount) => amount is { } value ? "£" + value.ToString("#,##0.00", CultureInfo.InvariantCulture) : "no amount";
}

/// <summary>
/// EC-12: what changed from one revision of the plan to the next. Lines are only added and withdrawn, so a line
/// withdrawn and another added of the same resolution type reads as that line changed (its amount or its wording), and
/// one with the same wording under another type as a change of type; anything else is an addition or a removal.
/// </summary>
public static class PlanChanges
{
    public static IReadOnlyList<PlanChange> Between(IReadOnlyList<RevisionLine> before, IReadOnlyList<RevisionLine> after)
    {
        var changes = new List<PlanChange>();
        foreach (var a in after)
        {
            if (before.FirstOrDefault(b => b.Number == a.Number) is { } b && b != a)
            {
                changes.Add(Compare(b, a));
            }
        }

        var removed = before.Where(b => after.All(a => a.Number != b.Number)).OrderBy(l => l.Number).ToList();
        var added = after.Where(a => before.All(b => b.Number != a.Number)).OrderBy(l => l.Number).ToList();
        Pair(removed, added, changes, (b, a) => b.ResolutionType == a.ResolutionType);
        Pair(removed, added, changes, (b, a) => string.Equals(b.Description.Trim(), a.Description.Trim(), StringComparison.OrdinalIgnoreCase));
        changes.AddRange(removed.Select(b => new PlanChange(PlanChangeKind.Removed, b, null)));
        changes.AddRange(added.Select(a => new PlanChange(PlanChangeKind.Added, null, a)));
        return [.. changes.OrderBy(c => (c.Before ?? c.After)!.Number).ThenBy(c => c.After?.Number ?? 0)];
    }

    private static void Pair(List<RevisionLine> removed, List<RevisionLine> added, List<PlanChange> changes, Func<RevisionLine, RevisionLine, bool> same)
    {
        foreach (var b in removed.ToList())
        {
            if (added.FirstOrDefault(a => same(b, a)) is not { } a)
            {
                continue;
            }

            removed.Remove(b);
            added.Remove(a);
            if (!SameContent(b, a))
            {
                changes.Add(Compare(b, a));
            }
        }
    }

    private static PlanChange Compare(RevisionLine b, RevisionLine a) =>
        b.ResolutionType != a.ResolutionType ? new PlanChange(PlanChangeKind.TypeChanged, b, a)
        : b.Amount != a.Amount || b.HoldToOffset != a.HoldToOffset ? new PlanChange(PlanChangeKind.AmountChanged, b, a)
        : new PlanChange(PlanChangeKind.Reworded, b, a);

    private static bool SameContent(RevisionLine b, RevisionLine a) => b with { Number = a.Number } == a;
}

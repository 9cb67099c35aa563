namespace Casework.Domain.Calendar;

/// <summary>
/// Bank holidays appointed or moved by royal proclamation rather than by the standing rules.
/// PublicHoliday 3.17.0 already agrees with every entry (checked against gov.uk, 2015–2035), but we
/// keep our own record because proclamations arrive at short notice and the package version is
/// pinned centrally: a new one-off goes here first, and stays correct whatever the package does.
/// Applying an entry the package already knows is a no-op.
/// </summary>
internal static class OneOffHolidays
{
    private static readonly Region[] _everywhere = [Region.EnglandAndWales, Region.Scotland, Region.NorthernIreland];

    /// <summary>Days that are bank holidays although the standing rules do not make them so.</summary>
    internal static readonly IReadOnlyList<HolidayOverride> Added =
    [
        // VE Day 75: the early May bank holiday moved from Monday 4 May.
        .. Everywhere(new DateOnly(2020, 5, 8), "VE Day 75th anniversary (early May bank holiday moved)"),
        // Platinum Jubilee: the spring bank holiday moved from Monday 30 May, plus an extra day.
        .. Everywhere(new DateOnly(2022, 6, 2), "Spring bank holiday moved for the Platinum Jubilee"),
        .. Everywhere(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday"),
        .. Everywhere(new DateOnly(2022, 9, 19), "State funeral of Queen Elizabeth II"),
        .. Everywhere(new DateOnly(2023, 5, 8), "Coronation of King Charles III"),
        // Proclaimed 3 February 2026 for Scotland only.
        new(new DateOnly(2026, 6, 15), Region.Scotland, "World Cup bank holiday"),
    ];

    /// <summary>Days the standing rules would make bank holidays but a proclamation moved away.</summary>
    internal static readonly IReadOnlyList<HolidayOverride> Removed =
    [
        .. Everywhere(new DateOnly(2020, 5, 4), "Early May bank holiday moved to Friday 8 May"),
        .. Everywhere(new DateOnly(2022, 5, 30), "Spring bank holiday moved to Thursday 2 June"),
    ];

    internal static void Apply(int year, Region region, ISet<DateOnly> holidays)
    {
        foreach (var removed in Removed.Where(o => o.Date.Year == year && o.Region == region))
        {
            holidays.Remove(removed.Date);
        }

        foreach (var added in Added.Where(o => o.Date.Year == year && o.Region == region))
        {
            holidays.Add(added.Date);
        }
    }

    private static IEnumerable<HolidayOverride> Everywhere(DateOnly date, string reason) =>
        _everywhere.Select(region => new HolidayOverride(date, region, reason));
}

/// <summary>One row of <see cref="OneOffHolidays"/>; <paramref name="Reason"/> is for people reading the table.</summary>
internal readonly record struct HolidayOverride(DateOnly Date, Region Region, string Reason);

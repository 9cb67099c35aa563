using System.Globalization;

namespace Casework.LoadBench;

/// <summary>One kind of request in the mix: its weight, and the call (which returns the label it is counted under).</summary>
internal sealed record Kind(string Name, bool Write, int Weight, Func<Target, int, Task<string>> Run);

/// <summary>
/// The W5 caseworker mix (issue 14): about 70 % reads — the caseworker's and the team's inbox pages in each sort, an SR
/// by reference, an employer page, and the searches of SR-10 — and 30 % writes — notes, status moves, complaint steps.
/// Weights are out of 100; <c>--weights kind=w,…</c> changes them, <c>--mix indexed</c> keeps only the calls that an
/// index answers without a sort or a large count (the first W5 run: no team inbox, no sort by age or status, no name
/// search), <c>reads</c> / <c>writes</c> one half.
/// </summary>
internal static class Mix
{
    public static IReadOnlyList<Kind> Build(BenchData d, Writes w, string preset, string weights)
    {
        string Pick(IReadOnlyList<string> list, int i) => list[(int)((uint)(i * 7919) % (uint)list.Count)];
        static string Q(string s) => Uri.EscapeDataString(s);
        static int Page(int i) => 1 + (i % 3);
        var all = new List<Kind>
        {
            new("inbox", false, 10, (t, i) => Get(t, "caseworker", $"/api/inbox?page={Page(i)}")),
            new("inbox-age", false, 3, (t, i) => Get(t, "caseworker", $"/api/inbox?sort=age&page={Page(i)}")),
            new("inbox-status", false, 2, (t, i) => Get(t, "caseworker", $"/api/inbox?sort=status&page={Page(i)}")),
            new("team", false, 5, (t, i) => Get(t, "teamleader", $"/api/inbox?team=true&page={Page(i)}")),
            new("team-age", false, 2, (t, i) => Get(t, "teamleader", $"/api/inbox?team=true&sort=age&page={Page(i)}")),
            new("team-status", false, 2, (t, i) => Get(t, "teamleader", $"/api/inbox?team=true&sort=status&status=Wait&page={Page(i)}")),
            new("sr", false, 14, (t, i) => Get(t, "caseworker", $"/api/service-requests/{Pick(d.References, i)}")),
            new("employer", false, 8, (t, i) => Get(t, "caseworker", $"/api/employers/{Pick(d.Erns, i)}")),
            new("sr-search-ref", false, 5, (t, i) => Get(t, "caseworker", $"/api/service-requests?search={Pick(d.References, i)}")),
            new("sr-search-ern", false, 3, (t, i) => Get(t, "caseworker", $"/api/service-requests?search={Pick(d.Erns, i)}")),
            new("sr-search-scin", false, 3, (t, i) => Get(t, "caseworker", $"/api/service-requests?search={Pick(d.Scins, i)}")),
            new("employer-search-ern", false, 3, (t, i) => Get(t, "caseworker", $"/api/employers?search={Pick(d.Erns, i)}")),
            new("employer-search-name", false, 3, (t, i) => Get(t, "caseworker", $"/api/employers?search={Q(Pick(d.EmployerNames, i))}")),
            new("client-search-name", false, 4, (t, i) => Get(t, "caseworker", $"/api/clients?search={Q(Pick(d.ClientNames, i))}")),
            new("client-search-scin", false, 3, (t, i) => Get(t, "caseworker", $"/api/clients?search={Pick(d.Scins, i)}")),
            new("note", true, 14, (t, _) => w.NoteAsync(t)),
            new("status", true, 8, (t, _) => w.StatusAsync(t)),
            new("complaint", true, 8, (t, _) => w.ComplaintStepAsync(t)),
        };
        var chosen = preset switch
        {
            "full" => all,
            "indexed" => all.Where(k => k.Name is not ("inbox-age" or "inbox-status" or "team" or "team-age" or "team-status"
                or "employer-search-name" or "client-search-name")).ToList(),
            "reads" => all.Where(k => !k.Write).ToList(),
            "writes" => all.Where(k => k.Write).ToList(),
            _ => throw new ArgumentException($"unknown --mix {preset}: full, indexed, reads or writes"),
        };
        foreach (var pair in weights.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')))
        {
            var kind = all.Single(k => k.Name == pair[0]);
            chosen.Remove(kind);
            chosen.Add(kind with { Weight = int.Parse(pair[1], CultureInfo.InvariantCulture) });
        }

        return chosen.Where(k => k.Weight > 0).ToList();
    }

    public static Kind Health { get; } = new("health", false, 1, (t, _) => Get(t, "", "/health", "health"));

    private static async Task<string> Get(Target t, string user, string path, string? label = null)
    {
        await t.GetAsync(user, path);
        return label ?? "";
    }
}

using System.Collections.Concurrent;
using System.Globalization;

namespace Casework.LoadBench;

/// <summary>
/// The write kinds. Each takes its SR (or complaint journey) out of a pool for the length of the call and puts it back
/// after, so an open model never sends two writes for one SR at once (no self-inflicted 409s); an empty pool is an
/// error of the driver, reported as such.
/// </summary>
internal sealed class Writes(BenchData data, string issueCategory, DateOnly today)
{
    private readonly ConcurrentQueue<string> _notes = new(data.NoteRefs);
    private readonly ConcurrentQueue<(string Reference, bool InProgress)> _moves = new(data.StatusRefs);
    private readonly ConcurrentQueue<Journey> _journeys = new();
    private int _steps;
    private int _ern = (int)(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond % 100_000); // a new run starts at other employers

    /// <summary>SR-03: a note on one of the caseworker's open SRs.</summary>
    public async Task<string> NoteAsync(Target t)
    {
        if (!_notes.TryDequeue(out var reference))
        {
            throw new HttpFailure("driver: the note pool is empty");
        }

        try
        {
            await t.PostAsync("caseworker", $"/api/service-requests/{reference}/notes", new { text = "Employer rang: chased the payment schedule (W5)." });
        }
        finally
        {
            _notes.Enqueue(reference);
        }

        return "note";
    }

    /// <summary>SR-05: InProgress → Wait or back (the transition table's "Wait for a reply" / "Resume work").</summary>
    public async Task<string> StatusAsync(Target t)
    {
        if (!_moves.TryDequeue(out var sr))
        {
            throw new HttpFailure("driver: the status pool is empty");
        }

        await t.PostAsync("caseworker", $"/api/service-requests/{sr.Reference}/status", new { status = sr.InProgress ? "Wait" : "InProgress" });
        _moves.Enqueue((sr.Reference, !sr.InProgress)); // dropped from the pool if the move failed: its state is unknown
        return "status";
    }

    /// <summary>
    /// One step of a complaint's resolution journey (procedure 000, EC-05…EC-14): log → valid → plan line → issue →
    /// agrees → line done → close.
    /// </summary>
    public async Task<string> ComplaintStepAsync(Target t)
    {
        // One arrival in seven logs a new complaint (a journey has seven steps), the others advance a journey that is
        // not in flight; only when none is free does one log instead — so under overload the mix does not turn into logs.
        if (Interlocked.Increment(ref _steps) % 7 == 0 || !_journeys.TryDequeue(out var j))
        {
            j = new Journey();
        }

        var ec = $"/api/employer-complaints/{j.Reference}";
        string step;
        switch (j.Step)
        {
            case 0:
                step = "log";
                var ern = data.ComplaintErns[(int)((uint)Interlocked.Increment(ref _ern) % (uint)data.ComplaintErns.Count)];
                var logged = await t.PostAsync("caseworker", "/api/employer-complaints", new
                {
                    employerErn = ern, raisedBy = "Employer", channel = "Phone", issue = "Deduction taken twice", issueCategory,
                    stageOverride = new { stage = "Resolution", reason = "A new matter (W5 load)" }, // an employer met again stays at level 1
                    description = "The employer says two deductions were taken this month (W5).", receivedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                });
                j.Reference = logged.GetProperty("reference").GetString()!;
                break;
            case 1:
                step = "valid";
                await t.PostAsync("caseworker", ec + "/valid", null);
                break;
            case 2:
                step = "plan line";
                var line = await t.PostAsync("caseworker", ec + "/plan/lines", new { resolutionType = "CorrectDeductionSchedule", description = "Refund the second deduction" });
                j.LineId = line.GetProperty("id").GetInt32();
                break;
            case 3:
                step = "issue";
                await t.PostAsync("caseworker", ec + "/plan/issue", new { reachedByPhone = true });
                break;
            case 4:
                step = "agrees";
                await t.PostAsync("caseworker", ec + "/plan/response", new { agrees = true, note = "Agreed on the phone" });
                break;
            case 5:
                step = "line done";
                await t.PostAsync("caseworker", $"{ec}/plan/lines/{j.LineId}/done", null);
                break;
            default:
                step = "close";
                await t.PostAsync("caseworker", ec + "/close", new { paragraph = "PhoneOutcome", freeText = "We refunded the second deduction." });
                break;
        }

        // A failed step throws above and the journey is dropped; a closed one is done.
        if (++j.Step <= 6)
        {
            _journeys.Enqueue(j);
        }

        return "complaint: " + step;
    }

    private sealed class Journey
    {
        public int Step { get; set; }

        public string Reference { get; set; } = "";

        public int LineId { get; set; }
    }
}

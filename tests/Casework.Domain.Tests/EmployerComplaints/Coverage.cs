namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>The corners of the complaint machine a random run reached, to prove the generator explores them.</summary>
[Flags]
public enum Reached
{
    None = 0,
    Closed = 1,
    Cancelled = 2,
    TlApproved = 4,
    TlRejected = 8,
    EmployerRejected = 16,
    WaitExpired = 32,
    RedressPaid = 64,
    Revised = 128,
    DecidedLineByLine = 256,
    Refused = 512,
}

/// <summary>Counts, across the runs of a property (which CsCheck plays on several threads), how many reached each corner.</summary>
public sealed class Coverage
{
    private readonly Dictionary<Reached, int> _counts = [];
    private int _runs;

    public void Add(Reached reached)
    {
        lock (_counts)
        {
            _runs++;
            foreach (var corner in Enum.GetValues<Reached>().Where(r => r != Reached.None && reached.HasFlag(r)))
            {
                _counts[corner] = _counts.GetValueOrDefault(corner) + 1;
            }
        }
    }

    public double Share(Reached corner) => _runs == 0 ? 0 : (double)_counts.GetValueOrDefault(corner) / _runs;

    public void AssertShare(Reached corner, double atLeast) =>
        Assert.True(Share(corner) >= atLeast, $"{corner} was reached in {Share(corner):P1} of {_runs} runs; expected at least {atLeast:P1}. {this}");

    public override string ToString() =>
        string.Join(", ", Enum.GetValues<Reached>().Where(r => r != Reached.None).Select(r => $"{r} {Share(r):P1}"));
}

namespace Casework.Web.Data;

/// <summary>
/// OPS-04: which version of a set of reference data a database holds (a hash of the seed inputs), so start-up seeds it
/// only when the inputs changed.
/// </summary>
public sealed class ReferenceDataStamp
{
    public required string Name { get; set; }

    /// <summary>SHA-256 of the seed inputs, hex.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}

namespace Casework.Web.Data;

/// <summary>
/// A lease on a scheduled job: the node that holds an unexpired lease is the only one running it, so
/// several app nodes on one database run each batch once.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; set; }

    public string? Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The UK date of the last scheduled run that finished.</summary>
    public DateOnly? LastCompletedOn { get; set; }
}

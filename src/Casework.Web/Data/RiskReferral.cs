namespace Casework.Web.Data;

/// <summary>
/// CON-06: a threat of suicide referred to the team leader at once. It sits in the team leader's own inbox until
/// they have considered it (including whether to refer to the police).
/// </summary>
public sealed class RiskReferral
{
    public const string ReferencePrefix = "RISK";

    public int Id { get; set; }

    public required string Scin { get; set; }

    public required string ClientName { get; set; }

    public required string Note { get; set; }

    public required string RaisedBy { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>The referring caseworker's team: its team leader gets the item.</summary>
    public required string TeamCode { get; set; }

    public bool Open { get; set; } = true;

    public string Reference => $"{ReferencePrefix}{Id:D6}";
}

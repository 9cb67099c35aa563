namespace Casework.Domain.Compliments;

/// <summary>Whose record a compliment is recorded against (OUT-06).</summary>
public enum ComplimentAgainst
{
    /// <summary>The client who gave it: recorded on their record, by SCIN.</summary>
    Client,

    /// <summary>The member of staff it praises, by staff number.</summary>
    Staff,
}

namespace Casework.Domain.ServiceRequests;

public enum ServiceRequestStatus
{
    Open,
    InProgress,
    Wait,
    PendingAssignment,
    PendingApproval,
    Closed,
}

/// <summary>Who the SR is for (SR-01).</summary>
public enum PartyKind
{
    Employer,
    Agent,
    Client,
}

/// <summary>Who raised the SR (SR-01).</summary>
public enum RaisedBy
{
    Employer,
    Agent,

    /// <summary>SR-09: the paying or receiving parent themselves.</summary>
    Client,

    /// <summary>SR-09: a third party acting for the client (P-05), recorded by TRN.</summary>
    Representative,
}

public enum Channel
{
    Phone,
    Letter,
    Fax,
    Email,
    Referral,
    FaceToFace,
}

public enum OwnerKind
{
    Staff,
    Team,
}

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

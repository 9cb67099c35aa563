namespace Casework.Web.Data;

/// <summary>An SR raised on a call, once its security check had passed (SEC-06): the call record's link to its SRs.</summary>
public sealed class CallServiceRequest
{
    public long Id { get; set; }

    public int CallId { get; set; }

    public required string ServiceRequestReference { get; set; }

    public DateTimeOffset LinkedAt { get; set; }
}

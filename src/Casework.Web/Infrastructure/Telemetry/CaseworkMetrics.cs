using System.Diagnostics.Metrics;
using Casework.Domain.Correspondence;
using Casework.Domain.ServiceRequests;

namespace Casework.Web.Infrastructure.Telemetry;

/// <summary>
/// The business meter (OPS-03): what the service did, counted by the handlers once their change is saved. Tags are
/// bounded sets (catalogue process, party kind, letter format, outcome), never references or names. Exported with the
/// rest of the metrics by Prometheus (<c>/metrics</c>) and OTLP; with neither configured the calls cost next to nothing.
/// </summary>
public sealed class CaseworkMetrics
{
    public const string MeterName = "Casework";

    private readonly Counter<long> _serviceRequestsRaised;
    private readonly Counter<long> _lettersSent;
    private readonly Counter<long> _lettersCancelled;
    private readonly Histogram<double> _batchDuration;
    private readonly Counter<long> _deadlinesBreached;
    private readonly Counter<long> _securityChecks;
    private readonly Counter<long> _securityLockouts;

    public CaseworkMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _serviceRequestsRaised = meter.CreateCounter<long>("casework.service_requests.raised", "{service_request}",
            "Service requests raised, by catalogue process and party kind.");
        _lettersSent = meter.CreateCounter<long>("casework.letters.sent", "{letter}", "Letters delivered by the batch, by format.");
        _lettersCancelled = meter.CreateCounter<long>("casework.letters.cancelled", "{letter}", "Queued letters cancelled by staff.");
        _batchDuration = meter.CreateHistogram<double>("casework.letter_batch.duration", "s", "How long a letter batch run took.");
        _deadlinesBreached = meter.CreateCounter<long>("casework.complaints.deadlines_breached", "{complaint}",
            "Complaints the deadline job flagged as breaching their acknowledgement or closure deadline.");
        _securityChecks = meter.CreateCounter<long>("casework.security_checks", "{check}",
            "Caller security checks answered, by outcome (passed or failed).");
        _securityLockouts = meter.CreateCounter<long>("casework.security_checks.lockouts", "{identity}",
            "Failed security checks that locked the caller's identity (SEC-03).");
    }

    public void ServiceRequestRaised(ServiceRequest sr) =>
        _serviceRequestsRaised.Add(1, new("process", sr.Process), new("party", sr.PartyKind.ToString()));

    public void LetterSent(Letter letter) => _lettersSent.Add(1, new KeyValuePair<string, object?>("format", letter.Format.ToString()));

    public void LetterCancelled(Letter letter) => _lettersCancelled.Add(1, new KeyValuePair<string, object?>("format", letter.Format.ToString()));

    public void LetterBatchRan(TimeSpan took, int sent) =>
        _batchDuration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("sent_any", sent > 0));

    public void DeadlinesBreached(int complaints)
    {
        if (complaints > 0)
        {
            _deadlinesBreached.Add(complaints);
        }
    }

    public void SecurityCheckAnswered(bool passed, bool locked)
    {
        _securityChecks.Add(1, new KeyValuePair<string, object?>("outcome", passed ? "passed" : "failed"));
        if (locked)
        {
            _securityLockouts.Add(1);
        }
    }
}

using Npgsql;

namespace Casework.DataGen;

/// <summary>One binary COPY per table, each on its own connection, fed from one loop so the server works on all at once.</summary>
internal sealed class Importers : IAsyncDisposable
{
    private readonly List<NpgsqlConnection> _connections = [];
    private readonly List<NpgsqlBinaryImporter> _all = [];

    public NpgsqlBinaryImporter ServiceRequests { get; private set; } = null!;
    public NpgsqlBinaryImporter Activities { get; private set; } = null!;
    public NpgsqlBinaryImporter Notes { get; private set; } = null!;
    public NpgsqlBinaryImporter Complaints { get; private set; } = null!;
    public NpgsqlBinaryImporter PlanLines { get; private set; } = null!;
    public NpgsqlBinaryImporter Records { get; private set; } = null!;
    public NpgsqlBinaryImporter Issues { get; private set; } = null!;

    public static async Task<Importers> OpenAsync(NpgsqlDataSource data)
    {
        var i = new Importers();
        i.ServiceRequests = await i.OpenAsync(data, """
            "ServiceRequests" ("Id", "Reference", "Process", "Area", "SubArea", "PartyKind", "EmployerErn", "AgentEarn", "RaisedBy", "Channel",
              "Status", "SubStatus", "OwnerKind", "OwnerStaffNumber", "OwnerName", "OwnerTeamCode", "AssignmentLocked", "CreatedAt", "ClosedAt",
              "TargetDate", "TargetRule", "Version", "Workflow", "ClientScin", "Region")
            """);
        i.Activities = await i.OpenAsync(data, "\"Activity\" (\"Number\", \"Name\", \"Done\", \"DoneAt\", \"DoneBy\", \"ServiceRequestId\")");
        i.Notes = await i.OpenAsync(data, "\"Note\" (\"Text\", \"By\", \"At\", \"ServiceRequestId\")");
        i.Complaints = await i.OpenAsync(data, """
            "EmployerComplaints" ("Id", "Reference", "EmployerErn", "Region", "Stage", "Issue", "Description", "ReceivedOn", "ReferralSource",
              "ReferralReason", "LoggedBy", "LoggedAt", "ResolutionCode", "AcknowledgedOn", "Revision", "RevisionSealed", "EmployerAgrees",
              "TlApproval", "ApprovedRevision", "RejectedRevision", "IssuePlanFlag", "PlanAgreedFlag", "IssueClosureLetterFlag",
              "AcknowledgeBy", "AcknowledgeRule", "CloseBy", "CloseRule", "WaitUntil", "WaitRule", "AcknowledgementBreached", "CloseBreached",
              "CompensationPaid", "ClosedAt", "Version", "IssueCategory", "StageOverrideReason")
            """);
        i.PlanLines = await i.OpenAsync(data, """
            "ResolutionPlanLines" ("Number", "ResolutionType", "Description", "FinancialKind", "FinancialAmount", "FinancialHoldToOffset",
              "FinancialEvidence", "Status", "AddedInRevision", "TlDecision", "TlComment", "DoneAt", "DoneBy", "EmployerComplaintId")
            """);
        i.Records = await i.OpenAsync(data, "\"ComplaintRecords\" (\"Id\", \"Reference\", \"Level\", \"Remedy\", \"Version\")");
        i.Issues = await i.OpenAsync(data,
            "\"ComplaintIssues\" (\"Number\", \"Category\", \"Issue\", \"Outcome\", \"FinalisedBy\", \"FinalisedAt\", \"ComplaintRecordId\")");
        return i;
    }

    public void Complete()
    {
        foreach (var importer in _all)
        {
            importer.Complete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var importer in _all)
        {
            await importer.DisposeAsync();
        }

        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task<NpgsqlBinaryImporter> OpenAsync(NpgsqlDataSource data, string target)
    {
        var connection = await data.OpenConnectionAsync();
        _connections.Add(connection);
        await BulkLoad.ExecuteAsync(connection, "SET synchronous_commit = off");
        var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)");
        _all.Add(importer);
        return importer;
    }
}

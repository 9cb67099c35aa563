using Casework.Web.Infrastructure.Security;
using Casework.Domain.AccountManagers;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.ComplaintOutcomes;
using Casework.Domain.Compliments;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Correspondence;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.Organisation;
using Casework.Domain.Parties;
using Casework.Domain.ServiceRequests;
using Casework.Domain.TeamTasks;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Data;

/// <summary>
/// The one model for both providers. Saving is the unit of work: it writes each aggregate's
/// pending audit records in the same transaction as the change (SR-08).
/// </summary>
public abstract class CaseworkDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Staff> Staff => Set<Staff>();

    public DbSet<Segment> Segments => Set<Segment>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<Agent> Agents => Set<Agent>();

    public DbSet<Deo> Deos => Set<Deo>();

    public DbSet<EmployerNote> EmployerNotes => Set<EmployerNote>();

    public DbSet<AccountManagerReferral> AccountManagerReferrals => Set<AccountManagerReferral>();

    public DbSet<ServiceRequestType> ServiceRequestTypes => Set<ServiceRequestType>();

    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    public DbSet<ComplaintRecord> ComplaintRecords => Set<ComplaintRecord>();

    public DbSet<Compliment> Compliments => Set<Compliment>();

    public DbSet<EmployerComplaint> EmployerComplaints => Set<EmployerComplaint>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<Letter> Letters => Set<Letter>();

    public DbSet<InboundDocument> InboundDocuments => Set<InboundDocument>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<ReferenceDataStamp> ReferenceDataStamps => Set<ReferenceDataStamp>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ClientCase> ClientCases => Set<ClientCase>();

    public DbSet<Representative> Representatives => Set<Representative>();

    /// <summary>Each call's security check: the call record (SEC-01/02/03/05/06).</summary>
    public DbSet<SecurityCheck> Calls => Set<SecurityCheck>();

    public DbSet<CallServiceRequest> CallServiceRequests => Set<CallServiceRequest>();

    public DbSet<SubjectAccessRequest> SubjectAccessRequests => Set<SubjectAccessRequest>();

    public DbSet<TeamTask> TeamTasks => Set<TeamTask>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // An aggregate named by its database key (a team task, TASK-12) is audited once the insert has given it the key,
        // in the same transaction as the insert.
        var audited = ChangeTracker.Entries<IAudited>().ToList();
        var keyedByInsert = audited.Where(e => e.State == EntityState.Added && e.Properties.Any(p => p.IsTemporary)).ToList();
        WriteAudit(audited.Except(keyedByInsert));

        // SEC-09: the access log is append-only.
        if (ChangeTracker.Entries<AccessLogEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The access log is append-only: a row cannot be changed or deleted.");
        }

        ColumnLengths.Check(ChangeTracker);
        if (keyedByInsert.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        WriteAudit(keyedByInsert);
        ColumnLengths.Check(ChangeTracker);
        saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    private void WriteAudit(IEnumerable<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<IAudited>> entries)
    {
        foreach (var aggregate in entries.Select(e => e.Entity))
        {
            AuditEntries.AddRange(aggregate.PendingAudit.Select(r => new AuditEntry
            {
                Subject = aggregate.AuditSubject,
                At = r.At,
                By = r.By,
                Action = r.Action,
                Before = r.Before,
                After = r.After,
            }));
            aggregate.ClearPendingAudit();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseworkDbContext).Assembly);
    }
}

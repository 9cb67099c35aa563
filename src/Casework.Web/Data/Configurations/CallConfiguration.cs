using Casework.Domain.Contact;
using Casework.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

/// <summary>
/// A call's record is its security check (SEC-01/02/03): who was checked, the questions asked, the result, where a
/// failed call went and any lock. The failures of one identity are what the lockout (SEC-05) counts.
/// </summary>
internal sealed class CallConfiguration : IEntityTypeConfiguration<SecurityCheck>
{
    public void Configure(EntityTypeBuilder<SecurityCheck> b)
    {
        b.ToTable("Calls");
        b.HasIndex(c => new { c.CallerReference, c.Status, c.AnsweredAt });
        b.Property(c => c.CallerKind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.CallerReference).HasMaxLength(20);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.StartedBy).HasMaxLength(240);
        b.Property(c => c.TransferOnFailure).HasMaxLength(40);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.Questions);
        b.Ignore(c => c.TransferTo);
        b.Ignore(c => c.AllowsDisclosure);
        b.Ignore(c => c.PendingAudit);
        // Question ids and prompts only: the answers are checked against the caller's record, never kept (SEC-04).
        b.Property<List<SecurityQuestion>>("_questions").HasColumnName("Questions")
            .HasConversion(JsonColumn.Converter<List<SecurityQuestion>>(), JsonColumn.Comparer<List<SecurityQuestion>>());
    }
}

internal sealed class CallServiceRequestConfiguration : IEntityTypeConfiguration<CallServiceRequest>
{
    public void Configure(EntityTypeBuilder<CallServiceRequest> b)
    {
        b.HasIndex(l => l.ServiceRequestReference).IsUnique();
        b.HasIndex(l => l.CallId);
        b.Property(l => l.ServiceRequestReference).HasMaxLength(20);
        b.HasOne<SecurityCheck>().WithMany().HasForeignKey(l => l.CallId).OnDelete(DeleteBehavior.Restrict);
    }
}

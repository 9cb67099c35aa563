using Casework.Domain.ComplaintOutcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class ComplaintRecordConfiguration : IEntityTypeConfiguration<ComplaintRecord>
{
    public void Configure(EntityTypeBuilder<ComplaintRecord> b)
    {
        // One record per complaint SR: a second first-write for the same complaint fails here, not silently.
        b.HasIndex(c => c.Reference).IsUnique();
        b.Property(c => c.Reference).HasMaxLength(20);
        b.Property(c => c.Remedy).HasMaxLength(40);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.Outcome);
        b.Ignore(c => c.PendingAudit);

        b.HasMany(c => c.Issues).WithOne().HasForeignKey("ComplaintRecordId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Issues).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class ComplaintIssueConfiguration : IEntityTypeConfiguration<ComplaintIssue>
{
    public void Configure(EntityTypeBuilder<ComplaintIssue> b)
    {
        b.ToTable("ComplaintIssues");
        b.HasIndex("ComplaintRecordId", nameof(ComplaintIssue.Number)).IsUnique();
        b.Property(i => i.Category).HasMaxLength(200);
        b.Property(i => i.Issue).HasMaxLength(2000);
        b.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.FinalisedBy).HasMaxLength(240);
    }
}

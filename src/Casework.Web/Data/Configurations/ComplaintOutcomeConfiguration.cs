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
        b.Property(c => c.WrittenResponseSummary).HasMaxLength(2000);
        b.Property(c => c.FinalisationSummary).HasMaxLength(4000);
        b.Property(c => c.Feedback).HasMaxLength(4000);
        b.Property(c => c.FinalisationRecordedBy).HasMaxLength(240);
        b.Ignore(c => c.Outcome);
        b.Ignore(c => c.WrittenResponse);
        b.Ignore(c => c.Finalisation);
        b.Ignore(c => c.PendingAudit);

        b.HasMany(c => c.Issues).WithOne().HasForeignKey("ComplaintRecordId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Issues).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        b.HasMany(c => c.InvestigationSteps).WithOne().HasForeignKey("ComplaintRecordId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.InvestigationSteps).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class InvestigationStepConfiguration : IEntityTypeConfiguration<InvestigationStep>
{
    public void Configure(EntityTypeBuilder<InvestigationStep> b)
    {
        b.ToTable("InvestigationSteps");
        b.HasIndex("ComplaintRecordId", nameof(InvestigationStep.Number)).IsUnique();
        b.Property(s => s.Heading).HasMaxLength(200);
        b.Property(s => s.Detail).HasMaxLength(4000);
        b.Property(s => s.StaffNumber).HasMaxLength(20);
        b.Property(s => s.StaffFirstName).HasMaxLength(200);
        b.Property(s => s.StaffSite).HasMaxLength(100);
        b.Property(s => s.StaffTeam).HasMaxLength(200);
        b.Property(s => s.StaffExtension).HasMaxLength(20);
        b.Property(s => s.RecordedBy).HasMaxLength(240);
        b.Ignore(s => s.Staff);
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

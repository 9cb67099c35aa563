using Casework.Domain.EmployerComplaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class EmployerComplaintConfiguration : IEntityTypeConfiguration<EmployerComplaint>
{
    public void Configure(EntityTypeBuilder<EmployerComplaint> b)
    {
        b.HasIndex(c => c.Reference).IsUnique();
        b.HasIndex(c => c.EmployerErn);
        // RPT-01…RPT-03 (RPT-06): reports select complaints by date of receipt; repeats by employer and category.
        b.HasIndex(c => new { c.ReceivedOn, c.Region });
        b.HasIndex(c => new { c.EmployerErn, c.IssueCategory, c.ReceivedOn });
        b.Property(c => c.Reference).HasMaxLength(20);
        b.Property(c => c.EmployerErn).HasMaxLength(20);
        b.Property(c => c.Region).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Issue).HasMaxLength(200);
        b.Property(c => c.IssueCategory).HasMaxLength(60);
        b.Property(c => c.StageOverrideReason).HasMaxLength(500);
        b.Property(c => c.Description).HasMaxLength(4000);
        b.Property(c => c.ReferralSource).HasMaxLength(100);
        b.Property(c => c.ReferralReason).HasMaxLength(500);
        b.Property(c => c.LoggedBy).HasMaxLength(240);
        b.Property(c => c.ResolutionCode).HasMaxLength(20);
        b.Property(c => c.TlApproval).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.AcknowledgeRule).HasMaxLength(200);
        b.Property(c => c.CloseRule).HasMaxLength(200);
        b.Property(c => c.WaitRule).HasMaxLength(200);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.PendingAudit);
        b.Ignore(c => c.ActiveLines);

        b.HasMany(c => c.Lines).WithOne().HasForeignKey("EmployerComplaintId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        b.HasMany(c => c.Revisions).WithOne().HasForeignKey("EmployerComplaintId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class PlanLineConfiguration : IEntityTypeConfiguration<PlanLine>
{
    public void Configure(EntityTypeBuilder<PlanLine> b)
    {
        b.ToTable("ResolutionPlanLines");
        b.HasIndex("EmployerComplaintId", nameof(PlanLine.Number)).IsUnique();
        b.Property(l => l.ResolutionType).HasMaxLength(60);
        b.Property(l => l.Description).HasMaxLength(2000);
        b.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.TlDecision).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.TlComment).HasMaxLength(4000);
        b.Property(l => l.DoneBy).HasMaxLength(240);
        b.OwnsOne(l => l.Financial, f =>
        {
            f.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20).HasColumnName("FinancialKind");
            f.Property(x => x.Amount).HasPrecision(12, 2).HasColumnName("FinancialAmount");
            f.Property(x => x.HoldToOffset).HasColumnName("FinancialHoldToOffset");
            f.Property(x => x.Evidence).HasMaxLength(2000).HasColumnName("FinancialEvidence");
        });
    }
}

internal sealed class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> b)
    {
        b.ToTable("ResolutionPlanRevisions");
        b.Property(r => r.Event).HasMaxLength(200);
        b.Property(r => r.By).HasMaxLength(240);
        b.Property(r => r.Note).HasMaxLength(4000);
        b.Property(r => r.Snapshot).HasConversion(JsonColumn.Converter<IReadOnlyList<RevisionLine>?>(), JsonColumn.Comparer<IReadOnlyList<RevisionLine>?>());
    }
}

using Casework.Domain.Contact;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class SubjectAccessRequestConfiguration : IEntityTypeConfiguration<SubjectAccessRequest>
{
    public void Configure(EntityTypeBuilder<SubjectAccessRequest> b)
    {
        b.HasIndex(s => s.Reference).IsUnique();
        b.HasIndex(s => s.SubjectReference);
        b.Property(s => s.Reference).HasMaxLength(20);
        b.Property(s => s.SubjectReference).HasMaxLength(20);
        b.Property(s => s.DueRule).HasMaxLength(300);
        b.Property(s => s.Region).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.TeamCode).HasMaxLength(40);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.LoggedBy).HasMaxLength(240);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.Due);
        b.Ignore(s => s.Owner);
        b.Ignore(s => s.PendingAudit);
    }
}

internal sealed class TeamTaskConfiguration : IEntityTypeConfiguration<TeamTask>
{
    public void Configure(EntityTypeBuilder<TeamTask> b)
    {
        b.HasIndex(t => new { t.TeamCode, t.DoneAt });
        b.HasIndex(t => t.PartyReference);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.TeamCode).HasMaxLength(40);
        b.HasIndex(t => new { t.StaffNumber, t.DoneAt });
        b.Property(t => t.StaffNumber).HasMaxLength(20);
        b.Property(t => t.StaffName).HasMaxLength(200);
        b.Property(t => t.PartyReference).HasMaxLength(20);
        b.Property(t => t.PartyName).HasMaxLength(200);
        b.Property(t => t.Reference).HasMaxLength(20);
        b.Property(t => t.Reason).HasMaxLength(2000);
        b.Property(t => t.CreatedBy).HasMaxLength(240);
    }
}

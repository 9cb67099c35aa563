using Casework.Domain.TeamTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class TeamTaskConfiguration : IEntityTypeConfiguration<TeamTask>
{
    public void Configure(EntityTypeBuilder<TeamTask> b)
    {
        b.HasIndex(t => new { t.TeamCode, t.Status });
        b.HasIndex(t => new { t.StaffNumber, t.Status });
        b.HasIndex(t => new { t.TakenByStaffNumber, t.Status });
        // CON-07: one open request per kind and language for a client is found by these columns.
        b.HasIndex(t => new { t.PartyReference, t.Kind, t.Status });
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.TeamCode).HasMaxLength(40);
        b.Property(t => t.StaffNumber).HasMaxLength(20);
        b.Property(t => t.StaffName).HasMaxLength(200);
        b.Property(t => t.PartyReference).HasMaxLength(20);
        b.Property(t => t.PartyName).HasMaxLength(200);
        b.Property(t => t.ServiceRequestReference).HasMaxLength(20);
        b.Property(t => t.SubjectAccessReference).HasMaxLength(20);
        b.Property(t => t.Rule).HasMaxLength(20);
        b.Property(t => t.Language).HasMaxLength(60);
        b.Property(t => t.Reason).HasMaxLength(TeamTask.ReasonMaxLength);
        b.Property(t => t.CreatedBy).HasMaxLength(240);
        b.Property(t => t.TakenByStaffNumber).HasMaxLength(20);
        b.Property(t => t.TakenBy).HasMaxLength(240);
        b.Property(t => t.DoneBy).HasMaxLength(240);
        b.Property(t => t.Outcome).HasMaxLength(TeamTask.OutcomeMaxLength);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Ignore(t => t.PendingAudit);
    }
}

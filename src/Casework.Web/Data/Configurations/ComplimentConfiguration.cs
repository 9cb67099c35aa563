using Casework.Domain.Compliments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class ComplimentConfiguration : IEntityTypeConfiguration<Compliment>
{
    public void Configure(EntityTypeBuilder<Compliment> b)
    {
        // OUT-06: compliments are listed by the member of staff or the client they are recorded against.
        b.HasIndex(c => c.StaffNumber);
        b.HasIndex(c => c.ClientScin);
        b.Property(c => c.Against).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.ClientScin).HasMaxLength(20);
        b.Property(c => c.StaffNumber).HasMaxLength(20);
        b.Property(c => c.StaffFirstName).HasMaxLength(200);
        b.Property(c => c.StaffSite).HasMaxLength(100);
        b.Property(c => c.StaffTeam).HasMaxLength(200);
        b.Property(c => c.StaffExtension).HasMaxLength(20);
        b.Property(c => c.Subject).HasMaxLength(200);
        b.Property(c => c.Details).HasMaxLength(2000);
        b.Property(c => c.RecordedBy).HasMaxLength(240);
        b.Ignore(c => c.Staff);
        b.Ignore(c => c.PendingAudit);
    }
}

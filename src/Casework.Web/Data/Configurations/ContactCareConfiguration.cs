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

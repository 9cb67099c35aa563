using Casework.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> b)
    {
        b.HasIndex(e => e.Ern).IsUnique();
        b.HasIndex(e => e.Name);
        // RPT-04: an SR's nation is its employer's; the pair lets the report read it from the index alone.
        b.HasIndex(e => new { e.Ern, e.Region }, "IX_Employers_Ern_Region");
        b.Property(e => e.Ern).HasMaxLength(20);
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Region).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.PreferredLanguage).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.LetterFormat).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Version).IsConcurrencyToken();
    }
}

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> b)
    {
        b.HasIndex(a => a.Earn).IsUnique();
        b.Property(a => a.Earn).HasMaxLength(20);
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.Version).IsConcurrencyToken();
    }
}

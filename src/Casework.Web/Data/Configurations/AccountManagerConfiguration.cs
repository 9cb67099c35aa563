using Casework.Domain.AccountManagers;
using Casework.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class AccountManagerReferralConfiguration : IEntityTypeConfiguration<AccountManagerReferral>
{
    public void Configure(EntityTypeBuilder<AccountManagerReferral> b)
    {
        b.HasIndex(r => r.Reference).IsUnique();
        b.HasIndex(r => new { r.EmployerErn, r.Status });
        b.Property(r => r.Reference).HasMaxLength(20);
        b.Property(r => r.EmployerErn).HasMaxLength(20);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.DecisionReason).HasMaxLength(2000);
        b.Property(r => r.RaisedBy).HasMaxLength(240);
        b.Property(r => r.DecidedBy).HasMaxLength(240);
        b.Property(r => r.AccountManagerWhenRaised).HasMaxLength(20);
        b.Property(r => r.ChosenAccountManager).HasMaxLength(20);
        b.Property(r => r.AccountManagerAfterDecision).HasMaxLength(20);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.Criteria);
        b.Ignore(r => r.Circumstances);
        b.Ignore(r => r.PendingAudit);
    }
}

internal sealed class DeoConfiguration : IEntityTypeConfiguration<Deo>
{
    public void Configure(EntityTypeBuilder<Deo> b)
    {
        // AM-02 counts an employer's active DEOs on every referral.
        b.HasIndex(d => new { d.EmployerErn, d.Status });
        b.Property(d => d.EmployerErn).HasMaxLength(20);
        b.Property(d => d.PayingParentName).HasMaxLength(200);
        b.Property(d => d.PayingParentNino).HasMaxLength(13);
        b.Property(d => d.Amount).HasPrecision(10, 2);
        b.Property(d => d.Schedule).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.Version).IsConcurrencyToken();
    }
}

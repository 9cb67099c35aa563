using Casework.Domain.Clients;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.HasIndex(c => c.Scin).IsUnique();
        b.Property(c => c.Scin).HasMaxLength(20);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.PreferredLanguage).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.Region).HasConversion<string>().HasMaxLength(20);
        // SEC-04: hashes only (salt, keyed digit hashes, PBKDF2 strings) and the question wording, never an answer.
        b.Property(c => c.Secrets).HasColumnName("SecretHashes")
            .HasConversion(JsonColumn.Converter<CallerSecrets?>(), JsonColumn.Comparer<CallerSecrets?>());
        b.Property(c => c.ContactSuppressedBecause).HasMaxLength(500);
        b.Property(c => c.AddressLine1).HasMaxLength(Client.MaxAddressLength);
        b.Property(c => c.Postcode).HasMaxLength(Client.MaxPostcodeLength);
        b.Property(c => c.Phone).HasMaxLength(Client.MaxPhoneLength);
        b.Property(c => c.LetterFormat).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.PendingAudit);
        b.Ignore(c => c.AddressLines);
        b.Ignore(c => c.RestrictsDisclosure);
        b.Ignore(c => c.ContactSuppressed);

        b.OwnsMany(c => c.RiskFlags, f =>
        {
            f.ToTable("ClientRiskFlags");
            f.WithOwner().HasForeignKey("ClientId");
            f.Property<int>("Id");
            f.HasKey("Id");
            f.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            f.Property(x => x.Note).HasMaxLength(2000);
            f.Property(x => x.RecordedBy).HasMaxLength(240);
        });
        b.Navigation(c => c.RiskFlags).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ClientCaseConfiguration : IEntityTypeConfiguration<ClientCase>
{
    public void Configure(EntityTypeBuilder<ClientCase> b)
    {
        b.ToTable("ClientCases");
        b.HasIndex(c => c.CaseNumber).IsUnique();
        b.HasIndex(c => c.PayingParentScin);
        b.HasIndex(c => c.ReceivingParentScin);
        b.Property(c => c.CaseNumber).HasMaxLength(20);
        b.Property(c => c.PayingParentScin).HasMaxLength(20);
        b.Property(c => c.ReceivingParentScin).HasMaxLength(20);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.ComplexProperty(c => c.Owner, o =>
        {
            o.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10).HasColumnName("OwnerKind");
            o.Property(x => x.StaffNumber).HasMaxLength(20).HasColumnName("OwnerStaffNumber");
            o.Property(x => x.Name).HasMaxLength(200).HasColumnName("OwnerName");
            o.Property(x => x.TeamCode).HasMaxLength(40).HasColumnName("OwnerTeamCode");
        });

        b.OwnsMany(c => c.QualifyingChildren, q =>
        {
            q.ToTable("QualifyingChildren");
            q.WithOwner().HasForeignKey("ClientCaseId");
            q.Property<int>("Id");
            q.HasKey("Id");
            q.Property(x => x.Name).HasMaxLength(200);
        });
        b.Navigation(c => c.QualifyingChildren).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RepresentativeConfiguration : IEntityTypeConfiguration<Representative>
{
    public void Configure(EntityTypeBuilder<Representative> b)
    {
        b.HasIndex(r => r.Trn).IsUnique();
        b.HasIndex(r => r.ActingForScin);
        b.Property(r => r.Trn).HasMaxLength(20);
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.ActingForScin).HasMaxLength(20);
        b.Property(r => r.EmployerErn).HasMaxLength(20);
        b.Property(r => r.AddressLine1).HasMaxLength(PostalAddress.MaxLine1Length);
        b.Property(r => r.Postcode).HasMaxLength(PostalAddress.MaxPostcodeLength);
        b.Ignore(r => r.Address);
        b.Property(r => r.Secrets).HasColumnName("SecretHashes")
            .HasConversion(JsonColumn.Converter<CallerSecrets?>(), JsonColumn.Comparer<CallerSecrets?>());
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.RemovedBecause).HasMaxLength(500);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.IsEmployer);
        b.Ignore(r => r.PendingAudit);
    }
}

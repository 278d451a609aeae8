using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class ConferenceConfiguration : IEntityTypeConfiguration<Conference>
{
    public void Configure(EntityTypeBuilder<Conference> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_conferences_dates", "start_date <= end_date");
            t.HasCheckConstraint("ck_conferences_registration",
                "registration_opens_on IS NULL OR registration_closes_on IS NULL OR registration_opens_on <= registration_closes_on");
            t.HasCheckConstraint("ck_conferences_booth_capacity", "booth_capacity IS NULL OR booth_capacity >= 0");
        });
        builder.MapEditable();
        builder.Property(c => c.Slug).HasMaxLength(SchemaLimits.Slug);
        builder.Property(c => c.TitleVi).HasMaxLength(SchemaLimits.Name);
        builder.Property(c => c.TitleEn).HasMaxLength(SchemaLimits.Name);
        builder.Property(c => c.HostDepartment).HasMaxLength(SchemaLimits.Name);
        builder.Property(c => c.Venue).HasMaxLength(SchemaLimits.Address);
        builder.Property(c => c.DescriptionVi).HasMaxLength(SchemaLimits.Description);
        builder.Property(c => c.DescriptionEn).HasMaxLength(SchemaLimits.Description);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.StartDate);
        builder.HasOne(c => c.HostProvince).WithMany().HasForeignKey(c => c.HostProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConferenceProvinceConfiguration : IEntityTypeConfiguration<ConferenceProvince>
{
    public void Configure(EntityTypeBuilder<ConferenceProvince> builder)
    {
        builder.HasKey(cp => new { cp.ConferenceId, cp.ProvinceId });
        builder.HasOne(cp => cp.Conference).WithMany(c => c.Provinces).HasForeignKey(cp => cp.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(cp => cp.Province).WithMany().HasForeignKey(cp => cp.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(a => a.TitleVi).HasMaxLength(SchemaLimits.Name);
        builder.Property(a => a.TitleEn).HasMaxLength(SchemaLimits.Name);
        builder.HasIndex(a => new { a.ConferenceId, a.Day, a.StartsAt });
        builder.HasOne(a => a.Conference).WithMany(c => c.Agenda).HasForeignKey(a => a.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_agenda_items_times", "ends_at IS NULL OR starts_at < ends_at"));
    }
}

internal sealed class ConferenceStatusChangeConfiguration : IEntityTypeConfiguration<ConferenceStatusChange>
{
    public void Configure(EntityTypeBuilder<ConferenceStatusChange> builder)
    {
        builder.Property(s => s.Reason).HasMaxLength(SchemaLimits.Notes);
        builder.Property(s => s.ChangedBy).HasMaxLength(SchemaLimits.UserId);
        builder.HasIndex(s => new { s.ConferenceId, s.ChangedAt });
        builder.HasOne(s => s.Conference).WithMany(c => c.StatusChanges).HasForeignKey(s => s.ConferenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoothConfiguration : IEntityTypeConfiguration<Booth>
{
    public void Configure(EntityTypeBuilder<Booth> builder)
    {
        // A booth number is given once per conference; the range 1…capacity is checked by the page.
        builder.HasIndex(b => new { b.ConferenceId, b.Number }).IsUnique();
        builder.HasIndex(b => b.DelegationId);
        builder.HasOne(b => b.Conference).WithMany(c => c.Booths).HasForeignKey(b => b.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Delegation).WithMany(d => d.Booths).HasForeignKey(b => b.DelegationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Enterprise).WithMany().HasForeignKey(b => b.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t => t.HasCheckConstraint("ck_booths_number", "number >= 1"));
    }
}

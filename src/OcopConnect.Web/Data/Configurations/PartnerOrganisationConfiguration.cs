using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> builder)
    {
        builder.ToTable("partner_organisations", t =>
            t.HasCheckConstraint("ck_partner_organisations_tax_code", "tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'"));
        builder.MapEditable();
        builder.Property(p => p.Name).HasMaxLength(SchemaLimits.Name);
        builder.Property(p => p.TaxCode).HasMaxLength(SchemaLimits.TaxCode);
        builder.HasIndex(p => p.TaxCode).IsUnique();
        builder.HasOne(p => p.Province).WithMany().HasForeignKey(p => p.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BuyerDemandConfiguration : IEntityTypeConfiguration<BuyerDemand>
{
    public void Configure(EntityTypeBuilder<BuyerDemand> builder)
    {
        builder.MapEditable();
        builder.Property(d => d.Title).HasMaxLength(SchemaLimits.Name);
        builder.Property(d => d.Keywords).HasMaxLength(SchemaLimits.Notes);
        builder.Property(d => d.Volume).HasMaxLength(SchemaLimits.ShortText);
        builder.Property(d => d.Notes).HasMaxLength(SchemaLimits.Notes);
        builder.HasIndex(d => new { d.ConferenceId, d.PartnerId });
        builder.HasOne(d => d.Partner).WithMany().HasForeignKey(d => d.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Conference).WithMany().HasForeignKey(d => d.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_buyer_demands_min_stars", "min_stars IS NULL OR min_stars BETWEEN 3 AND 5"));
    }
}

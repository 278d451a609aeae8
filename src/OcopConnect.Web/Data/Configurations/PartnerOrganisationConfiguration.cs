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

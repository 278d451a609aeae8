using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class OcopCertificateConfiguration : IEntityTypeConfiguration<OcopCertificate>
{
    public void Configure(EntityTypeBuilder<OcopCertificate> builder)
    {
        builder.ToTable("ocop_certificates", t =>
        {
            // 1 and 2 stars are not certified under OCOP.
            t.HasCheckConstraint("ck_ocop_certificates_stars", "stars BETWEEN 3 AND 5");
            t.HasCheckConstraint("ck_ocop_certificates_expiry", "expires_on = (decision_date + interval '36 months')::date");
            t.HasCheckConstraint("ck_ocop_certificates_district_level", "level <> 'District' OR decision_date < DATE '2025-07-01'");
        });
        builder.MapEditable();
        builder.Property(c => c.AuthorityName).HasMaxLength(SchemaLimits.Name);
        builder.Property(c => c.DecisionNumber).HasMaxLength(SchemaLimits.DecisionNumber);
        builder.Property(c => c.ScanKey).HasMaxLength(SchemaLimits.FileKey);
        builder.Property(c => c.DecisionDate);
        builder.Property(c => c.ExpiresOn);
        builder.HasIndex(c => new { c.ProductId, c.DecisionNumber }).IsUnique();
        builder.HasIndex(c => new { c.ProductId, c.DecisionDate });
        builder.HasOne(c => c.Product).WithMany(p => p.Certificates).HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ProductGroup).WithMany().HasForeignKey(c => c.ProductGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

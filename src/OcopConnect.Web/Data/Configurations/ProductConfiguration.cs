using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.MapEditable();
        builder.Property(p => p.Slug).HasMaxLength(SchemaLimits.Slug);
        builder.Property(p => p.NameVi).HasMaxLength(SchemaLimits.Name);
        builder.Property(p => p.NameEn).HasMaxLength(SchemaLimits.Name);
        builder.Property(p => p.DescriptionVi).HasMaxLength(SchemaLimits.Description);
        builder.Property(p => p.DescriptionEn).HasMaxLength(SchemaLimits.Description);
        builder.Property(p => p.Packaging).HasMaxLength(SchemaLimits.ShortText);
        builder.Property(p => p.Unit).HasMaxLength(SchemaLimits.ShortText);
        builder.HasIndex(p => p.Slug).IsUnique();
        // Search: folded stored columns (see migration AddSearch for public.f_unaccent) with trigram indexes.
        builder.Property(p => p.NameFolded).HasComputedColumnSql("lower(public.f_unaccent(name_vi))", stored: true);
        builder.Property(p => p.TextFolded).HasComputedColumnSql(
            "lower(public.f_unaccent(name_vi || ' ' || coalesce(name_en, '') || ' ' || coalesce(description_vi, '') || ' ' || coalesce(packaging, '')))", stored: true);
        builder.HasIndex(p => p.NameFolded).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(p => p.TextFolded).HasMethod("gin").HasOperators("gin_trgm_ops");
        // Keyset paging of the catalogue in name and newest order (CatalogueSearch.HasKeyset).
        builder.HasIndex(p => new { p.NameFolded, p.Id }).HasDatabaseName("ix_products_name_folded_id");
        builder.HasIndex(p => new { p.CreatedAt, p.Id }).IsDescending(true, false).HasDatabaseName("ix_products_created_at_id");
        builder.HasIndex(p => new { p.EnterpriseId, p.NameVi }).IsUnique();
        builder.HasOne(p => p.Enterprise).WithMany(e => e.Products).HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ProductGroup).WithMany().HasForeignKey(p => p.ProductGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_products_reference_price", "reference_price IS NULL OR reference_price >= 0"));
    }
}

internal sealed class ProductPhotoConfiguration : IEntityTypeConfiguration<ProductPhoto>
{
    public void Configure(EntityTypeBuilder<ProductPhoto> builder)
    {
        builder.Property(p => p.ThumbnailKey).HasMaxLength(SchemaLimits.FileKey);
        builder.Property(p => p.DisplayKey).HasMaxLength(SchemaLimits.FileKey);
        builder.Property(p => p.AltText).HasMaxLength(SchemaLimits.Name);
        builder.HasIndex(p => new { p.ProductId, p.Position }).IsUnique();
        builder.HasOne(p => p.Product).WithMany(p => p.Photos).HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

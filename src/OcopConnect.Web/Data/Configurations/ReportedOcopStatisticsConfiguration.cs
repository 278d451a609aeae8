using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class ReportedOcopStatisticsConfiguration : IEntityTypeConfiguration<ReportedOcopStatistics>
{
    public void Configure(EntityTypeBuilder<ReportedOcopStatistics> builder)
    {
        builder.ToTable("reported_ocop_statistics", t =>
        {
            t.HasCheckConstraint("ck_reported_ocop_statistics_non_negative",
                "total_products >= 0 AND coalesce(three_star_products, 0) >= 0 AND coalesce(four_star_products, 0) >= 0 AND coalesce(five_star_products, 0) >= 0 AND coalesce(producers, 0) >= 0");
            t.HasCheckConstraint("ck_reported_ocop_statistics_sum",
                "coalesce(three_star_products, 0) + coalesce(four_star_products, 0) + coalesce(five_star_products, 0) <= total_products");
        });
        builder.MapEditable();
        builder.Property(s => s.Source).HasMaxLength(SchemaLimits.Notes);
        builder.HasIndex(s => new { s.ProvinceId, s.ConferenceId }).IsUnique().AreNullsDistinct(false);
        builder.HasOne(s => s.Province).WithMany().HasForeignKey(s => s.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Conference).WithMany().HasForeignKey(s => s.ConferenceId).OnDelete(DeleteBehavior.Restrict);
    }
}

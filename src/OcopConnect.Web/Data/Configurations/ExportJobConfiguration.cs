using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> builder)
    {
        builder.Property(j => j.UserId).HasMaxLength(SchemaLimits.UserId);
        builder.Property(j => j.ConferenceSlug).HasMaxLength(SchemaLimits.Name);
        builder.Property(j => j.Format).HasMaxLength(8);
        builder.Property(j => j.FileKey).HasMaxLength(64);
        builder.Property(j => j.FileName).HasMaxLength(SchemaLimits.Name);
        builder.Property(j => j.Error).HasMaxLength(SchemaLimits.Notes);
        builder.Ignore(j => j.Percent);
        builder.HasIndex(j => new { j.UserId, j.CreatedAt });
        // The worker's queue: oldest waiting first.
        builder.HasIndex(j => new { j.Status, j.CreatedAt });
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal static class EditableEntityMapping
{
    /// <summary>Audit columns and the xmin concurrency token shared by every editable entity.</summary>
    public static void MapEditable<T>(this EntityTypeBuilder<T> builder) where T : EditableEntity
    {
        builder.Property(e => e.CreatedBy).HasMaxLength(SchemaLimits.UserId);
        builder.Property(e => e.UpdatedBy).HasMaxLength(SchemaLimits.UserId);
        // Npgsql maps a uint row version to PostgreSQL's system column xmin: no extra column, no trigger.
        builder.Property(e => e.Version).IsRowVersion();
    }
}

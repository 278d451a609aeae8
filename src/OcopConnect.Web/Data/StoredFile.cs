namespace OcopConnect.Web.Data;

/// <summary>A file kept in PostgreSQL: every instance sees it, and backups include it.</summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

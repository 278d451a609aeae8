namespace OcopConnect.Web.Data;

/// <summary>An uploaded spreadsheet between its preview and its commit; the commit re-reads and re-checks it.</summary>
public sealed class ImportBatch
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public int ProvinceId { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public bool PublishNew { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CommittedAt { get; set; }
}

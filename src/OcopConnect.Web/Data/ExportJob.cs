namespace OcopConnect.Web.Data;

public enum ExportStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// A report export made in the background: queued from the report page, claimed by one instance's
/// ExportWorker of the report feature (FOR UPDATE SKIP LOCKED with a lease, so a crashed
/// worker's job is taken up again), its progress counted in rows, the finished file kept in
/// <see cref="StoredFile"/>. The user's export list reads these rows, so it survives a page reload.
/// </summary>
public sealed class ExportJob
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string ConferenceSlug { get; set; }

    /// <summary>"csv" or "xlsx" (the formats that stream).</summary>
    public required string Format { get; set; }

    /// <summary>Province ids the report covers, fixed when queued from the user's rights; null for every province.</summary>
    public int[]? Provinces { get; set; }
    public bool English { get; set; }
    public ExportStatus Status { get; set; }
    public long RowsDone { get; set; }
    public long RowsTotal { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public string? FileKey { get; set; }
    public string? FileName { get; set; }
    public string? Error { get; set; }

    public int Percent => RowsTotal <= 0 ? (Status == ExportStatus.Done ? 100 : 0) : (int)Math.Min(100, RowsDone * 100 / RowsTotal);
}

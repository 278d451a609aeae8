namespace OcopConnect.Web.Domain;

/// <summary>Who made and last changed a row, and when; filled by the audit interceptor, never by a form.</summary>
public interface IAuditable
{
    DateTimeOffset CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
    string? UpdatedBy { get; set; }
}

/// <summary>An editable row: audited, and guarded against lost updates by PostgreSQL's xmin.</summary>
public abstract class EditableEntity : IAuditable
{
    public int Id { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>Mapped to xmin; round-tripped in a hidden field so a second editor's save is refused.</summary>
    public uint Version { get; set; }
}

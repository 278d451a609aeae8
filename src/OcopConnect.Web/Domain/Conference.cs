namespace OcopConnect.Web.Domain;

/// <summary>Draft → open for registration → closed → held → reported; only forward.</summary>
public enum ConferenceStatus
{
    Draft,
    OpenForRegistration,
    Closed,
    Held,
    Reported,
}

public enum ConferenceRole
{
    Host,
    CoOrganiser,
    Invited,
}

public enum AgendaItemKind
{
    Opening,
    Exhibition,
    B2BSession,
    MouSigning,
    Other,
}

/// <summary>A trade-connection conference (<i>hội nghị kết nối giao thương</i>).</summary>
public sealed class Conference : EditableEntity
{
    public required string Slug { get; set; }
    public required string TitleVi { get; set; }
    public string? TitleEn { get; set; }
    public required string HostDepartment { get; set; }
    public int HostProvinceId { get; set; }
    public Province? HostProvince { get; set; }
    public required string Venue { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public DateOnly? RegistrationOpensOn { get; set; }
    public DateOnly? RegistrationClosesOn { get; set; }
    public int? BoothCapacity { get; set; }
    public ConferenceStatus Status { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }

    /// <summary>Demo data is marked so that it can never be mistaken for a real event.</summary>
    public bool IsDemo { get; set; }

    public List<ConferenceProvince> Provinces { get; } = [];
    public List<AgendaItem> Agenda { get; } = [];
    public List<Delegation> Delegations { get; } = [];
}

/// <summary>A province taking part in a conference as host, co-organiser or invitee.</summary>
public sealed class ConferenceProvince
{
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public int ProvinceId { get; set; }
    public Province? Province { get; set; }
    public ConferenceRole Role { get; set; }
}

public sealed class AgendaItem
{
    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public AgendaItemKind Kind { get; set; }
    public DateOnly Day { get; set; }

    /// <summary>Local time at the venue (Vietnam has one time zone, UTC+7).</summary>
    public TimeOnly StartsAt { get; set; }
    public TimeOnly? EndsAt { get; set; }
    public required string TitleVi { get; set; }
    public string? TitleEn { get; set; }
}

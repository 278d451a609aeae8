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

    /// <summary>Tables of the B2B session; each hosts one meeting per slot.</summary>
    public int? MeetingTables { get; set; }
    public ConferenceStatus Status { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }

    /// <summary>Demo data is marked so that it can never be mistaken for a real event.</summary>
    public bool IsDemo { get; set; }

    public List<ConferenceProvince> Provinces { get; } = [];
    public List<AgendaItem> Agenda { get; } = [];
    public List<Delegation> Delegations { get; } = [];
    public List<ConferenceStatusChange> StatusChanges { get; } = [];
    public List<Booth> Booths { get; } = [];

    /// <summary>
    /// Why the conference cannot move to <paramref name="to"/>, or null when it can: one step forward
    /// at a time, or back from closed to open for registration (reopening), which needs a reason.
    /// </summary>
    public string? WhyNotMoveTo(ConferenceStatus to, string? reason)
    {
        if (to == Status + 1)
            return to == ConferenceStatus.OpenForRegistration && (RegistrationClosesOn is null || BoothCapacity is null)
                ? "Cần có hạn đăng ký và số gian hàng trước khi mở đăng ký."
                : null;
        if (Status == ConferenceStatus.Closed && to == ConferenceStatus.OpenForRegistration)
            return string.IsNullOrWhiteSpace(reason) ? "Mở lại đăng ký cần ghi lý do." : null;
        return "Trạng thái hội nghị chỉ chuyển tiếp từng bước (nháp → mở đăng ký → đóng đăng ký → đã tổ chức → đã báo cáo).";
    }

    /// <summary>Records the move; call <see cref="WhyNotMoveTo"/> first.</summary>
    public void MoveTo(ConferenceStatus to, string? reason, DateTimeOffset at, string? by)
    {
        StatusChanges.Add(new ConferenceStatusChange { ConferenceId = Id, From = Status, To = to, Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), ChangedAt = at, ChangedBy = by });
        Status = to;
    }

    /// <summary>Open for registration on this Vietnam date: status open and the day within the window (both ends included).</summary>
    public bool AcceptsRegistrationsOn(DateOnly today) =>
        Status == ConferenceStatus.OpenForRegistration
        && (RegistrationOpensOn is null || today >= RegistrationOpensOn)
        && (RegistrationClosesOn is null || today <= RegistrationClosesOn);
}

/// <summary>A status move, with the organizer's reason when going back.</summary>
public sealed class ConferenceStatusChange
{
    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public ConferenceStatus From { get; set; }
    public ConferenceStatus To { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
}

/// <summary>A numbered booth (1 … the conference's capacity) given to a delegation, optionally to one of its enterprises.</summary>
public sealed class Booth
{
    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public int Number { get; set; }
    public int DelegationId { get; set; }
    public Delegation? Delegation { get; set; }
    public int? EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
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

namespace OcopConnect.Web.Domain;

public enum DelegationStatus
{
    Draft,
    Submitted,
    Approved,
    Returned,
}

/// <summary>A province's delegation to a conference, led by its Department of Industry and Trade.</summary>
public sealed class Delegation : EditableEntity
{
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public int ProvinceId { get; set; }
    public Province? Province { get; set; }
    public string? HeadName { get; set; }
    public string? HeadTitle { get; set; }
    public DelegationStatus Status { get; set; }
    public string? LogisticsNotes { get; set; }
    public string? ReturnComment { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }

    /// <summary>A later deadline the organizer gave this delegation when reopening it after the conference's.</summary>
    public DateOnly? DeadlineExtendedTo { get; set; }

    public List<DelegationMember> Members { get; } = [];
    public List<DelegationEnterprise> Enterprises { get; } = [];
    public List<ExhibitedProduct> Products { get; } = [];
    public List<Booth> Booths { get; } = [];

    /// <summary>The last day this delegation may still be changed and submitted (Vietnam date, included).</summary>
    public DateOnly? Deadline(Conference conference)
    {
        ArgumentNullException.ThrowIfNull(conference);
        return DeadlineOf(conference.RegistrationClosesOn, DeadlineExtendedTo);
    }

    /// <summary>The later of the conference's deadline and a delegation's own extension.</summary>
    public static DateOnly? DeadlineOf(DateOnly? conferenceCloses, DateOnly? extendedTo) =>
        extendedTo is DateOnly extended && (conferenceCloses is null || extended > conferenceCloses) ? extended : conferenceCloses;

    /// <summary>
    /// Why the province cannot change its delegation today, or null when it can: a draft or returned
    /// delegation, while the conference takes registrations (or within the organizer's extension).
    /// </summary>
    public string? WhyLocked(Conference conference, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(conference);
        if (Status == DelegationStatus.Submitted)
            return "Đoàn đã gửi đăng ký; chờ ban tổ chức duyệt hoặc trả lại để sửa.";
        if (Status == DelegationStatus.Approved)
            return "Đoàn đã được duyệt; muốn thay đổi cần ban tổ chức mở lại.";
        var extended = DeadlineExtendedTo is not null && conference.Status is ConferenceStatus.OpenForRegistration or ConferenceStatus.Closed;
        if (conference.Status != ConferenceStatus.OpenForRegistration && !extended)
            return "Hội nghị không còn nhận đăng ký.";
        if (conference.RegistrationOpensOn is DateOnly opens && today < opens && !extended)
            return $"Hội nghị nhận đăng ký từ ngày {opens.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}.";
        if (Deadline(conference) is DateOnly deadline && today > deadline)
            return $"Đã quá hạn đăng ký ({deadline.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}); muốn thay đổi cần ban tổ chức mở lại.";
        return null;
    }
}

public sealed class DelegationMember
{
    public int Id { get; set; }
    public int DelegationId { get; set; }
    public Delegation? Delegation { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

public sealed class DelegationEnterprise
{
    public int DelegationId { get; set; }
    public Delegation? Delegation { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public int? BoothsRequested { get; set; }
}

/// <summary>A product a participating enterprise shows at the conference.</summary>
public sealed class ExhibitedProduct
{
    public int DelegationId { get; set; }
    public Delegation? Delegation { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
}

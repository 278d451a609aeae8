using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Pages.Conferences.Report;

/// <summary>
/// The conference outcome report (<i>Báo cáo kết quả hội nghị</i>): the summary figures, small enough to
/// hold in memory. The two long lists — the MoU list and the annex of exhibited products — are streamed
/// separately by <see cref="ConferenceReportBuilder"/> so exports never load them whole.
/// </summary>
public sealed record ConferenceReport(
    ReportHeader Header,
    IReadOnlyList<DelegationLine> Delegations,
    IReadOnlyList<StarLine> StarsByProvince,
    IReadOnlyList<GroupLine> ByGroup,
    MeetingFigures Meetings,
    MouFigures Mous)
{
    public int Enterprises => Delegations.Sum(d => d.Enterprises);
    public int Products => Delegations.Sum(d => d.Products);
}

/// <param name="ScopeProvinceVi">The province the report is limited to (a province officer's copy), or null for every province.</param>
/// <param name="GeneratedAt">When the report was made, from the app's clock.</param>
public sealed record ReportHeader(
    int ConferenceId, string Slug, string TitleVi, string? TitleEn, string HostDepartment, string HostProvinceVi, string HostProvinceEn,
    string Venue, DateOnly StartDate, DateOnly EndDate, ConferenceStatus Status, IReadOnlyList<string> CoOrganisers,
    string? ScopeProvinceVi, string? ScopeProvinceEn, DateTimeOffset GeneratedAt);

/// <summary>A participating province: its delegation (if any) and the OCOP figures it reported for the conference.</summary>
public sealed record DelegationLine(
    int ProvinceId, string ProvinceVi, string ProvinceEn, ConferenceRole Role, DelegationStatus? Status, string? Head,
    int Members, int Enterprises, int Products, int Booths, ReportedFigures? Reported)
{
    /// <summary>Sent to the organizers (submitted or approved): only these count as taking part.</summary>
    public bool Takes => Status is DelegationStatus.Submitted or DelegationStatus.Approved;
}

/// <summary>What a province reported of its OCOP products (not computed by the portal).</summary>
public sealed record ReportedFigures(DateOnly AsOf, int Total, int? ThreeStar, int? FourStar, int? FiveStar, string? Source);

/// <summary>Products a province exhibited, by their OCOP rating on the conference's first day.</summary>
public sealed record StarLine(string ProvinceVi, string ProvinceEn, int Three, int Four, int Five, int Unrated)
{
    public int Total => Three + Four + Five + Unrated;
}

/// <summary>Exhibited products and their enterprises in one top-level product group.</summary>
public sealed record GroupLine(string GroupVi, string GroupEn, int Products, int Enterprises);

public sealed record MeetingFigures(int Requested, int Accepted, int Declined, int Cancelled, int Scheduled, int Held, int NoShow, int FollowUp)
{
    public int Total => Requested + Accepted + Declined + Cancelled;
}

/// <summary>MoUs that stand (not cancelled): how many and their estimated value, three ways.</summary>
/// <param name="ByGroup">An MoU counts in every group its products belong to; its value is shared equally between them, so the values add up to the total.</param>
public sealed record MouFigures(int Count, long Value, int Cancelled, IReadOnlyList<MouBucket> ByProvince, IReadOnlyList<MouBucket> ByBuyerKind, IReadOnlyList<MouBucket> ByGroup);

public sealed record MouBucket(string LabelVi, string LabelEn, int Count, long Value);

/// <summary>One MoU of the full list.</summary>
public sealed record MouLine(
    string Number, DateOnly SignedOn, string Supplier, string SupplierProvinceVi, string Counterparty, string CounterpartyKindVi,
    string CounterpartyKindEn, string Products, long? Value, int? TermMonths, MouStatus Status);

/// <summary>One exhibited product of the annex, with the certificate valid on the conference's first day.</summary>
public sealed record AnnexLine(
    string ProvinceVi, string Enterprise, string Product, string GroupVi, int? Stars, string? CertificateNumber, DateOnly? CertificateExpires);

namespace OcopConnect.Web.Infrastructure.Pdf;

// Inputs of DelegationDocuments. Plain data, already chosen and worded by the caller (status and
// role texts in the page's language); the component only lays them out, so it needs neither EF nor
// ASP.NET. Instants are UTC and printed in Vietnam time (UTC+7); calendar days print as dd/MM/yyyy.

/// <summary>Everything printed on a delegation's summary.</summary>
/// <param name="Status">The delegation's status as the reader should see it (e.g. "Đã duyệt").</param>
/// <param name="Booths">Booth numbers the organizer assigned; empty while none is assigned.</param>
/// <param name="ReturnComment">The organizer's comment when the delegation was returned for changes.</param>
/// <param name="GeneratedAt">When the document is made (printed in the footer and the PDF's dates); pass the clock's time.</param>
public sealed record DelegationSummaryModel(
    string ConferenceTitle,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Venue,
    string? HostDepartment,
    string ProvinceName,
    string Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ApprovedAt,
    string? HeadName,
    string? HeadTitle,
    IReadOnlyList<DelegationMemberLine> Members,
    IReadOnlyList<DelegationEnterpriseLine> Enterprises,
    string? LogisticsNotes,
    IReadOnlyList<string> Booths,
    string? ReturnComment,
    DateTimeOffset GeneratedAt);

/// <summary>A member of the delegation (the head is given separately on the summary).</summary>
public sealed record DelegationMemberLine(string Name, string? Title, string? Phone, string? Email);

/// <summary>A participating enterprise and the products it exhibits.</summary>
public sealed record DelegationEnterpriseLine(string Name, int? BoothsRequested, IReadOnlyList<ExhibitedProductLine> Products);

/// <param name="Stars">Today's OCOP rating, or null when the product has no valid certificate.</param>
/// <param name="ValidUntil">The certificate's expiry day as the portal prints it elsewhere ("hiệu lực đến").</param>
/// <param name="ExpiresBeforeConference">True prints the warning "Chứng nhận hết hạn trước ngày hội nghị".</param>
public sealed record ExhibitedProductLine(string Name, int? Stars, DateOnly? ValidUntil, bool ExpiresBeforeConference);

/// <summary>Name badges for a conference, printed 8 to an A4 page.</summary>
/// <param name="ConferenceTitle">A short title: it is printed on every badge in a band two lines high.</param>
/// <param name="GeneratedAt">When the sheet is made (the PDF's dates only; nothing is printed).</param>
public sealed record BadgeSheetModel(string ConferenceTitle, IReadOnlyList<BadgeLine> Badges, DateTimeOffset GeneratedAt);

/// <param name="ProvinceName">Printed as "Đoàn {ProvinceName}" ("Delegation of …" in English).</param>
/// <param name="Role">The role as printed; <see cref="DelegationDocuments.RoleText"/> gives the usual ones.</param>
/// <param name="QrUrl">The absolute address the badge's QR code opens.</param>
/// <param name="IsHead">Colours the role gold instead of green, so heads of delegation stand out.</param>
public sealed record BadgeLine(string Name, string? Title, string ProvinceName, string Role, string QrUrl, bool IsHead = false);

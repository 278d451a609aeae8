namespace OcopConnect.Web.Infrastructure.Pdf;

/// <summary>
/// The fixed words of the delegation PDFs in both languages. They live here rather than in
/// SharedResource.en.resx so that the component does not depend on the request's culture;
/// `required` makes the compiler refuse a language that lacks a label.
/// </summary>
internal sealed class DelegationPdfLabels
{
    public required string SummaryHeading { get; init; }
    public required string DelegationOf { get; init; } // {0} = province
    public required string Dates { get; init; }
    public required string Venue { get; init; }
    public required string HostDepartment { get; init; }
    public required string Status { get; init; }
    public required string SubmittedAt { get; init; }
    public required string ApprovedAt { get; init; }
    public required string BoothsAssigned { get; init; }
    public required string ReturnComment { get; init; }
    public required string Head { get; init; }
    public required string NotAppointed { get; init; }
    public required string Members { get; init; } // {0} = count
    public required string NoMembers { get; init; }
    public required string Number { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required string Phone { get; init; }
    public required string Email { get; init; }
    public required string Enterprises { get; init; } // {0} = count
    public required string NoEnterprises { get; init; }
    public required string BoothsRequested { get; init; } // {0} = count
    public required string NoProducts { get; init; }
    public required string Product { get; init; }
    public required string Stars { get; init; }
    public required string ValidUntil { get; init; }
    public required string NoCertificate { get; init; }
    public required string ExpiresBeforeConference { get; init; }
    public required string Logistics { get; init; }
    public required string NoLogistics { get; init; }
    public required string GeneratedAt { get; init; } // {0} = time
    public required string Page { get; init; } // {0} = page, {1} = pages
    public required string BadgeDelegation { get; init; } // {0} = province
    public required string HeadRole { get; init; }
    public required string MemberRole { get; init; }
    public required string SummaryTitle { get; init; } // PDF title; {0} = province, {1} = conference
    public required string BadgesTitle { get; init; } // PDF title; {0} = conference

    public static DelegationPdfLabels For(bool english) => english ? English : Vietnamese;

    public static readonly DelegationPdfLabels Vietnamese = new()
    {
        SummaryHeading = "BẢN TÓM TẮT ĐOÀN THAM DỰ HỘI NGHỊ",
        DelegationOf = "Đoàn {0}",
        Dates = "Thời gian:",
        Venue = "Địa điểm:",
        HostDepartment = "Đơn vị chủ trì:",
        Status = "Trạng thái:",
        SubmittedAt = "Ngày gửi:",
        ApprovedAt = "Ngày duyệt:",
        BoothsAssigned = "Gian hàng được bố trí:",
        ReturnComment = "Ý kiến của Ban tổ chức",
        Head = "Trưởng đoàn",
        NotAppointed = "Chưa chỉ định",
        Members = "Thành viên ({0})",
        NoMembers = "Chưa có thành viên.",
        Number = "STT",
        Name = "Họ và tên",
        Title = "Chức vụ",
        Phone = "Điện thoại",
        Email = "Email",
        Enterprises = "Doanh nghiệp tham gia ({0})",
        NoEnterprises = "Chưa có doanh nghiệp tham gia.",
        BoothsRequested = "Số gian hàng đăng ký: {0}",
        NoProducts = "Chưa đăng ký sản phẩm trưng bày.",
        Product = "Sản phẩm",
        Stars = "Sao OCOP",
        ValidUntil = "Hiệu lực đến",
        NoCertificate = "Không có",
        ExpiresBeforeConference = "Chứng nhận hết hạn trước ngày hội nghị",
        Logistics = "Hậu cần",
        NoLogistics = "Không có ghi chú.",
        GeneratedAt = "Tạo lúc {0} (giờ Việt Nam)",
        Page = "Trang {0}/{1}",
        BadgeDelegation = "Đoàn {0}",
        HeadRole = "Trưởng đoàn",
        MemberRole = "Thành viên",
        SummaryTitle = "Tóm tắt đoàn {0} – {1}",
        BadgesTitle = "Thẻ đại biểu – {0}",
    };

    public static readonly DelegationPdfLabels English = new()
    {
        SummaryHeading = "DELEGATION SUMMARY",
        DelegationOf = "Delegation of {0}",
        Dates = "Dates:",
        Venue = "Venue:",
        HostDepartment = "Host department:",
        Status = "Status:",
        SubmittedAt = "Submitted:",
        ApprovedAt = "Approved:",
        BoothsAssigned = "Booths assigned:",
        ReturnComment = "Organizer's comment",
        Head = "Head of delegation",
        NotAppointed = "Not appointed",
        Members = "Members ({0})",
        NoMembers = "No members yet.",
        Number = "No.",
        Name = "Name",
        Title = "Title",
        Phone = "Phone",
        Email = "Email",
        Enterprises = "Participating enterprises ({0})",
        NoEnterprises = "No participating enterprises yet.",
        BoothsRequested = "Booths requested: {0}",
        NoProducts = "No exhibited products registered.",
        Product = "Product",
        Stars = "OCOP stars",
        ValidUntil = "Valid until",
        NoCertificate = "None",
        ExpiresBeforeConference = "Certificate expires before the conference",
        Logistics = "Logistics",
        NoLogistics = "No notes.",
        GeneratedAt = "Generated {0} (Vietnam time)",
        Page = "Page {0}/{1}",
        BadgeDelegation = "Delegation of {0}",
        HeadRole = "Head of delegation",
        MemberRole = "Member",
        SummaryTitle = "Delegation of {0} – {1}",
        BadgesTitle = "Name badges – {0}",
    };
}

using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Infrastructure;

/// <summary>Vietnamese labels of domain values; they are also the keys of their English translations.</summary>
public static class EnumText
{
    public static string Vi(ConferenceStatus value) => value switch
    {
        ConferenceStatus.Draft => "Bản nháp",
        ConferenceStatus.OpenForRegistration => "Đang nhận đăng ký",
        ConferenceStatus.Closed => "Đã đóng đăng ký",
        ConferenceStatus.Held => "Đã tổ chức",
        ConferenceStatus.Reported => "Đã báo cáo",
        _ => value.ToString(),
    };

    public static string Vi(DelegationStatus value) => value switch
    {
        DelegationStatus.Draft => "Đang soạn",
        DelegationStatus.Submitted => "Đã gửi, chờ duyệt",
        DelegationStatus.Approved => "Đã duyệt",
        DelegationStatus.Returned => "Đã trả lại để sửa",
        _ => value.ToString(),
    };

    public static string Vi(AgendaItemKind value) => value switch
    {
        AgendaItemKind.Opening => "Khai mạc",
        AgendaItemKind.Exhibition => "Trưng bày sản phẩm",
        AgendaItemKind.B2BSession => "Giao thương B2B",
        AgendaItemKind.MouSigning => "Ký kết biên bản ghi nhớ",
        AgendaItemKind.Other => "Khác",
        _ => value.ToString(),
    };

    public static string Vi(DemandFrequency value) => value switch
    {
        DemandFrequency.Once => "Một lần",
        DemandFrequency.Weekly => "Hằng tuần",
        DemandFrequency.Monthly => "Hằng tháng",
        DemandFrequency.Quarterly => "Hằng quý",
        DemandFrequency.Seasonal => "Theo mùa vụ, dịp lễ Tết",
        _ => value.ToString(),
    };

    public static string Vi(MeetingStatus value) => value switch
    {
        MeetingStatus.Requested => "Chờ trả lời",
        MeetingStatus.Accepted => "Đã nhận lời",
        MeetingStatus.Declined => "Đã từ chối",
        MeetingStatus.Cancelled => "Đã hủy",
        _ => value.ToString(),
    };

    public static string Vi(MeetingOutcome value) => value switch
    {
        MeetingOutcome.Held => "Đã gặp",
        MeetingOutcome.NoShow => "Vắng mặt",
        MeetingOutcome.FollowUp => "Hẹn làm việc tiếp",
        _ => value.ToString(),
    };

    public static string Vi(ConferenceRole value) => value switch
    {
        ConferenceRole.Host => "Đơn vị chủ trì",
        ConferenceRole.CoOrganiser => "Đơn vị phối hợp",
        ConferenceRole.Invited => "Khách mời",
        _ => value.ToString(),
    };

    public static string Vi(EnterpriseKind value) => value switch
    {
        EnterpriseKind.Company => "Doanh nghiệp",
        EnterpriseKind.Cooperative => "Hợp tác xã",
        EnterpriseKind.CooperativeGroup => "Tổ hợp tác",
        EnterpriseKind.HouseholdBusiness => "Hộ kinh doanh",
        EnterpriseKind.Other => "Khác",
        _ => value.ToString(),
    };

    public static string Vi(MouStatus value) => value switch
    {
        MouStatus.Signed => "Đã ký",
        MouStatus.InProgress => "Đang thực hiện",
        MouStatus.Fulfilled => "Đã hoàn thành",
        MouStatus.NotCarriedOut => "Không thực hiện",
        MouStatus.Cancelled => "Đã hủy",
        _ => value.ToString(),
    };

    public static string Vi(PartnerKind value) => value switch
    {
        PartnerKind.Distributor => "Nhà phân phối",
        PartnerKind.Supermarket => "Siêu thị",
        PartnerKind.TradeCentre => "Trung tâm thương mại",
        PartnerKind.RetailChain => "Chuỗi bán lẻ",
        PartnerKind.Exporter => "Doanh nghiệp xuất khẩu",
        PartnerKind.Other => "Khác",
        _ => value.ToString(),
    };

    public static string Vi(RecognitionLevel value) => value switch
    {
        RecognitionLevel.District => "Cấp huyện",
        RecognitionLevel.Province => "Cấp tỉnh",
        RecognitionLevel.Central => "Cấp trung ương",
        _ => value.ToString(),
    };

    public static string Vi(ProvinceKind value) => value switch
    {
        ProvinceKind.Province => "Tỉnh",
        ProvinceKind.Municipality => "Thành phố trực thuộc trung ương",
        _ => value.ToString(),
    };

    public static string Vi(RecognitionKind value) => value switch
    {
        RecognitionKind.FirstRecognition => "Công nhận lần đầu",
        RecognitionKind.ReRecognition => "Công nhận lại",
        _ => value.ToString(),
    };

    public static string Vi(CriteriaVersion value) => value switch
    {
        CriteriaVersion.Ocop2019 => "Bộ tiêu chí 2019 (Quyết định 1048/QĐ-TTg)",
        CriteriaVersion.Ocop2023 => "Bộ tiêu chí 2023 (Quyết định 148/QĐ-TTg)",
        _ => value.ToString(),
    };

    public static string Vi(MeetingSide value) => value switch
    {
        MeetingSide.Enterprise => "Chủ thể OCOP",
        MeetingSide.Buyer => "Bên mua",
        _ => value.ToString(),
    };

    /// <summary>The label of any domain value, for code that only knows it is an enum (the audit trail); null for an enum without labels.</summary>
    public static string? Of(Enum value) => value switch
    {
        ConferenceStatus v => Vi(v),
        DelegationStatus v => Vi(v),
        AgendaItemKind v => Vi(v),
        DemandFrequency v => Vi(v),
        MeetingStatus v => Vi(v),
        MeetingOutcome v => Vi(v),
        ConferenceRole v => Vi(v),
        EnterpriseKind v => Vi(v),
        MouStatus v => Vi(v),
        PartnerKind v => Vi(v),
        RecognitionLevel v => Vi(v),
        ProvinceKind v => Vi(v),
        RecognitionKind v => Vi(v),
        CriteriaVersion v => Vi(v),
        MeetingSide v => Vi(v),
        _ => null,
    };
}

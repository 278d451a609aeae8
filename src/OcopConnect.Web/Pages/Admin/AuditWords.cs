using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages.Admin;

/// <summary>A value of an audited field as the page shows it; a label is a resource key (translated), anything else is shown as written.</summary>
public sealed record AuditValue(string Text, bool IsLabel = false);

/// <summary>One field of an audit entry: its label (a resource key), and what it was and became (null when the action has no such side).</summary>
public sealed record AuditChange(string Field, AuditValue? Old, AuditValue? New);

/// <summary>
/// Puts the audit trail's JSON (property → {"old", "new"}, enums as numbers) into words: Vietnamese labels for entities,
/// fields, actions and domain values — keys of their English in the resx — and values formatted as elsewhere on the site.
/// </summary>
public static class AuditWords
{
    public static readonly AuditValue Blank = new("(để trống)", IsLabel: true);

    private const int LongestText = 300;

    public static string Action(string action) => action switch
    {
        "Added" => "Thêm mới",
        "Modified" => "Sửa đổi",
        "Deleted" => "Xoá bỏ",
        _ => action,
    };

    /// <summary>What the row is, by the CLR type name the interceptor writes ("Enterprise", "IdentityUserRole`1").</summary>
    public static string Entity(string type) => Entities.GetValueOrDefault(type, type);

    /// <summary>A field's label: one for this entity's property if its name means something else there, else the common one.</summary>
    public static string Field(string type, string property) =>
        Fields.TryGetValue(type + "." + property, out var label) || Fields.TryGetValue(property, out label) ? label : property;

    /// <summary>The entry's fields in words; <paramref name="entity"/> (from the EF model) gives each property's type.</summary>
    public static IReadOnlyList<AuditChange> Describe(IEntityType? entity, string type, string changes)
    {
        ArgumentNullException.ThrowIfNull(type);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(changes);
        }
        catch (JsonException)
        {
            return [new AuditChange("Thay đổi", null, new AuditValue(changes))];
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return [];
            var list = new List<AuditChange>();
            foreach (var field in json.RootElement.EnumerateObject())
            {
                var clr = entity?.FindProperty(field.Name)?.ClrType;
                AuditValue? Side(string name) =>
                    field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty(name, out var v) ? Value(field.Name, clr, v) : null;
                list.Add(new AuditChange(Field(type, field.Name), Side("old"), Side("new")));
            }
            return list;
        }
    }

    private static AuditValue Value(string property, Type? clr, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
            return Blank;
        var type = clr is null ? null : Nullable.GetUnderlyingType(clr) ?? clr;
        try
        {
            if (type is { IsEnum: true } && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            {
                var member = (Enum)Enum.ToObject(type, number);
                return Label(member) is { } label ? new AuditValue(label, IsLabel: true) : new AuditValue(member.ToString());
            }
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                return new AuditValue(value.GetBoolean() ? "Có" : "Không", IsLabel: true);
            if (value.ValueKind == JsonValueKind.Array)
                return new AuditValue(string.Join(", ", value.EnumerateArray().Select(e => e.ToString())));
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var amount))
                return new AuditValue(MoneyFields.Contains(property) ? Format.Money(amount) : amount.ToString(CultureInfo.InvariantCulture));
            if (value.ValueKind == JsonValueKind.String)
            {
                var text = value.GetString()!;
                if (type == typeof(DateOnly))
                    return new AuditValue(Format.Date(DateOnly.Parse(text, CultureInfo.InvariantCulture)));
                if (type == typeof(DateTimeOffset))
                    return new AuditValue(Format.DateTime(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)));
                if (type == typeof(TimeOnly))
                    return new AuditValue(Format.Time(TimeOnly.Parse(text, CultureInfo.InvariantCulture)));
                if (RoleFields.Contains(property) && Roles.All.FirstOrDefault(r => r == text || "role-" + r.ToLowerInvariant() == text) is { } role)
                    return new AuditValue(Roles.Vi(role), IsLabel: true);
                return new AuditValue(text.Length > LongestText ? text[..LongestText] + "…" : text);
            }
        }
        catch (FormatException)
        {
            // A value written before its property changed type: shown as it was recorded.
        }
        return new AuditValue(value.ToString());
    }

    /// <summary>The label of a domain value, including the few enums only the back office has.</summary>
    public static string? Label(Enum value) => value is ExportStatus status ? Vi(status) : EnumText.Of(value);

    private static string Vi(ExportStatus status) => status switch
    {
        ExportStatus.Queued => "Đang chờ",
        ExportStatus.Running => "Đang tạo",
        ExportStatus.Done => "Xong",
        ExportStatus.Failed => "Không tạo được",
        _ => status.ToString(),
    };

    private static readonly HashSet<string> MoneyFields = ["EstimatedValue", "ReferencePrice"];

    private static readonly HashSet<string> RoleFields = ["Role", "RoleId"];

    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["AgendaItem"] = "Mục chương trình",
        ["AppUser"] = "Tài khoản người dùng",
        ["B2BMeeting"] = "Cuộc gặp B2B",
        ["Booth"] = "Gian hàng được xếp",
        ["BuyerDemand"] = "Nhu cầu mua",
        ["Conference"] = "Hồ sơ hội nghị",
        ["ConferenceProvince"] = "Tỉnh tham gia hội nghị",
        ["ConferenceStatusChange"] = "Chuyển trạng thái hội nghị",
        ["Delegation"] = "Đoàn",
        ["DelegationEnterprise"] = "Chủ thể trong đoàn",
        ["DelegationMember"] = "Thành viên của đoàn",
        ["Enterprise"] = "Chủ thể OCOP",
        ["ExhibitedProduct"] = "Sản phẩm trưng bày của đoàn",
        ["ExportJob"] = "Tệp xuất",
        ["IdentityRole"] = "Vai trò",
        ["IdentityRoleClaim`1"] = "Quyền của vai trò",
        ["IdentityUserClaim`1"] = "Quyền của tài khoản",
        ["IdentityUserLogin`1"] = "Đăng nhập bằng dịch vụ ngoài",
        ["IdentityUserRole`1"] = "Vai trò của tài khoản",
        ["Invitation"] = "Lời mời tạo tài khoản",
        ["MeetingSlot"] = "Khung giờ gặp",
        ["MouFollowUp"] = "Theo dõi biên bản ghi nhớ",
        ["MouProduct"] = "Sản phẩm của biên bản",
        ["OcopCertificate"] = "Giấy chứng nhận OCOP",
        ["PartnerOrganisation"] = "Tổ chức mua hàng",
        ["Product"] = "Hồ sơ sản phẩm",
        ["ProductGroup"] = "Nhóm sản phẩm",
        ["ProductPhoto"] = "Ảnh của sản phẩm",
        ["Province"] = "Tỉnh, thành phố",
        ["ReportedOcopStatistics"] = "Số liệu OCOP tỉnh báo cáo",
        ["SlotUnavailability"] = "Khung giờ báo bận",
        ["TradeMou"] = "Biên bản ghi nhớ",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        // Where a name means something else on one entity.
        ["Booth.Number"] = "Gian hàng số",
        ["TradeMou.Number"] = "Số biên bản",
        ["Enterprise.Kind"] = "Loại hình",
        ["PartnerOrganisation.Kind"] = "Loại hình",
        ["OcopCertificate.Kind"] = "Loại công nhận",
        ["Province.Kind"] = "Loại đơn vị",
        ["Enterprise.Name"] = "Tên chủ thể",
        ["DelegationMember.Name"] = "Họ tên",
        ["IdentityRole.Name"] = "Vai trò",
        ["DelegationMember.Title"] = "Chức vụ",
        ["BuyerDemand.Title"] = "Tên nhu cầu",
        ["Product.NameVi"] = "Tên sản phẩm",
        ["B2BMeeting.Status"] = "Trạng thái cuộc gặp",

        ["Id"] = "Mã",
        ["AccessFailedCount"] = "Số lần đăng nhập sai",
        ["DisabledAt"] = "Khoá tài khoản lúc",
        ["Email"] = "Email",
        ["EmailConfirmed"] = "Đã xác nhận email",
        ["FullName"] = "Họ và tên",
        ["LockoutEnabled"] = "Có thể bị khoá tạm",
        ["LockoutEnd"] = "Khoá tạm đến",
        ["NormalizedEmail"] = "Email (chuẩn hoá)",
        ["PasswordHash"] = "Mật khẩu (đã mã hoá)",
        ["SecurityStamp"] = "Dấu bảo mật",
        ["ConcurrencyStamp"] = "Dấu phiên bản",
        ["NormalizedUserName"] = "Tên đăng nhập (chuẩn hoá)",
        ["NormalizedName"] = "Tên (chuẩn hoá)",
        ["PhoneNumber"] = "Số điện thoại",
        ["PhoneNumberConfirmed"] = "Đã xác nhận số điện thoại",
        ["TwoFactorEnabled"] = "Xác thực hai bước",
        ["UserName"] = "Tên đăng nhập",
        ["UserId"] = "Tài khoản (mã)",
        ["RoleId"] = "Vai trò",
        ["Role"] = "Vai trò",
        ["ClaimType"] = "Loại quyền",
        ["ClaimValue"] = "Giá trị quyền",
        ["LoginProvider"] = "Dịch vụ đăng nhập",
        ["ProviderKey"] = "Mã ở dịch vụ đăng nhập",
        ["ProviderDisplayName"] = "Tên dịch vụ đăng nhập",
        ["AcceptedAt"] = "Nhận lời mời lúc",
        ["AcceptedUserId"] = "Tài khoản đã tạo (mã)",
        ["ExpiresAt"] = "Hết hạn lúc",
        ["RevokedAt"] = "Thu hồi lúc",

        ["ProvinceId"] = "Tỉnh, thành phố (mã)",
        ["EnterpriseId"] = "Chủ thể (mã)",
        ["PartnerId"] = "Đơn vị mua hàng (mã)",
        ["ConferenceId"] = "Hội nghị (mã)",
        ["DelegationId"] = "Đoàn (mã)",
        ["ProductId"] = "Sản phẩm (mã)",
        ["ProductGroupId"] = "Nhóm sản phẩm (mã)",
        ["MouId"] = "Biên bản ghi nhớ (mã)",
        ["SlotId"] = "Khung giờ (mã)",
        ["HostProvinceId"] = "Tỉnh đăng cai (mã)",
        ["ParentId"] = "Nhóm cha (mã)",
        ["SuccessorId"] = "Đơn vị kế thừa (mã)",
        ["CounterpartyEnterpriseId"] = "Chủ thể ký kết (mã)",
        ["CounterpartyPartnerId"] = "Đơn vị mua hàng ký kết (mã)",
        ["SupplierEnterpriseId"] = "Chủ thể cung ứng (mã)",
        ["ProductGroupIds"] = "Nhóm sản phẩm quan tâm (mã)",
        ["TargetProvinceIds"] = "Tỉnh, thành phố quan tâm (mã)",
        ["Provinces"] = "Tỉnh, thành phố (mã)",

        ["Name"] = "Tên",
        ["NameVi"] = "Tên tiếng Việt",
        ["NameEn"] = "Tên tiếng Anh",
        ["TitleVi"] = "Tên (tiếng Việt)",
        ["TitleEn"] = "Tên (tiếng Anh)",
        ["Title"] = "Tiêu đề",
        ["DescriptionVi"] = "Giới thiệu (tiếng Việt)",
        ["DescriptionEn"] = "Giới thiệu (tiếng Anh)",
        ["NameFolded"] = "Tên (không dấu, để tìm kiếm)",
        ["TextFolded"] = "Nội dung (không dấu, để tìm kiếm)",
        ["Slug"] = "Địa chỉ trang",
        ["Code"] = "Mã số",
        ["Kind"] = "Loại",
        ["Status"] = "Trạng thái",
        ["Number"] = "Số",
        ["Address"] = "Địa chỉ",
        ["Phone"] = "Điện thoại",
        ["Website"] = "Trang web",
        ["TaxCode"] = "Mã số thuế",
        ["IsActive"] = "Đang hoạt động",
        ["LogoKey"] = "Logo (tệp)",

        ["Day"] = "Ngày",
        ["On"] = "Ngày",
        ["StartsAt"] = "Bắt đầu",
        ["EndsAt"] = "Kết thúc",
        ["StartDate"] = "Ngày khai mạc",
        ["EndDate"] = "Ngày bế mạc",
        ["HostDepartment"] = "Đơn vị chủ trì",
        ["Venue"] = "Địa điểm",
        ["IsDemo"] = "Dữ liệu minh họa",
        ["BoothCapacity"] = "Số gian hàng",
        ["MeetingTables"] = "Số bàn gặp B2B",
        ["RegistrationOpensOn"] = "Mở đăng ký từ ngày",
        ["RegistrationClosesOn"] = "Hạn đăng ký",
        ["ChangedAt"] = "Thời điểm chuyển",
        ["ChangedBy"] = "Người chuyển (mã)",
        ["From"] = "Từ trạng thái",
        ["To"] = "Sang trạng thái",
        ["Reason"] = "Lý do",

        ["HeadName"] = "Họ tên trưởng đoàn",
        ["HeadTitle"] = "Chức vụ trưởng đoàn",
        ["LogisticsNotes"] = "Ghi chú hậu cần",
        ["ReturnComment"] = "Nhận xét khi trả lại",
        ["SubmittedAt"] = "Gửi lúc",
        ["ApprovedAt"] = "Duyệt lúc",
        ["ReturnedAt"] = "Trả lại lúc",
        ["DeadlineExtendedTo"] = "Hạn sửa mới",
        ["BoothsRequested"] = "Số gian hàng đề nghị",

        ["Message"] = "Lời nhắn",
        ["RequestedBy"] = "Bên đề nghị",
        ["Table"] = "Bàn số",
        ["Outcome"] = "Kết quả",
        ["OutcomeNote"] = "Ghi chú kết quả",
        ["Frequency"] = "Tần suất",
        ["Keywords"] = "Từ khóa",
        ["MinStars"] = "Hạng sao tối thiểu",
        ["Notes"] = "Ghi chú",
        ["Note"] = "Ghi chú",
        ["Volume"] = "Sản lượng",

        ["Stars"] = "Hạng sao",
        ["Level"] = "Cấp công nhận",
        ["Criteria"] = "Bộ tiêu chí",
        ["AuthorityName"] = "Cơ quan công nhận",
        ["DecisionNumber"] = "Số quyết định",
        ["DecisionDate"] = "Ngày quyết định",
        ["ExpiresOn"] = "Hết hiệu lực từ ngày",
        ["ScanKey"] = "Bản quét (tệp)",
        ["IsPublished"] = "Hiển thị công khai",
        ["ArchivedAt"] = "Lưu trữ lúc",
        ["Packaging"] = "Quy cách đóng gói",
        ["Unit"] = "Đơn vị tính",
        ["ReferencePrice"] = "Giá tham khảo",
        ["AltText"] = "Mô tả ảnh",
        ["DisplayKey"] = "Ảnh hiển thị (tệp)",
        ["ThumbnailKey"] = "Ảnh thu nhỏ (tệp)",
        ["Width"] = "Chiều rộng (điểm ảnh)",
        ["Height"] = "Chiều cao (điểm ảnh)",
        ["Position"] = "Thứ tự",
        ["ValidFrom"] = "Hiệu lực từ ngày",
        ["ValidTo"] = "Hiệu lực đến ngày",
        ["AsOf"] = "Số liệu tính đến ngày",
        ["TotalProducts"] = "Tổng số sản phẩm",
        ["ThreeStarProducts"] = "Sản phẩm 3 sao",
        ["FourStarProducts"] = "Sản phẩm 4 sao",
        ["FiveStarProducts"] = "Sản phẩm 5 sao",
        ["Producers"] = "Số chủ thể",
        ["Source"] = "Nguồn",

        ["SignedOn"] = "Ngày ký",
        ["EstimatedValue"] = "Giá trị ước tính",
        ["TermMonths"] = "Thời hạn (tháng)",

        ["ConferenceSlug"] = "Hội nghị (địa chỉ)",
        ["Format"] = "Định dạng",
        ["English"] = "Tiếng Anh",
        ["Attempts"] = "Số lần thử",
        ["StartedAt"] = "Bắt đầu lúc",
        ["FinishedAt"] = "Xong lúc",
        ["LockedUntil"] = "Đang xử lý đến",
        ["RowsDone"] = "Số dòng đã tạo",
        ["RowsTotal"] = "Tổng số dòng",
        ["FileKey"] = "Tệp (mã lưu trữ)",
        ["FileName"] = "Tên tệp",
        ["Error"] = "Lỗi gặp phải",
    };
}

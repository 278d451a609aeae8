using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Reports;

namespace OcopConnect.Web.Pages.Conferences.Report;

/// <summary>
/// The report's sections as format-neutral tables, in Vietnamese or English. Every format renders these,
/// so the web page, the .docx, the .xlsx, the .csv and the .pdf always show the same figures.
/// </summary>
public sealed class ReportSections(bool english)
{
    private string L(string vi, string en) => english ? en : vi;

    public string Title => L("BÁO CÁO KẾT QUẢ HỘI NGHỊ", "CONFERENCE OUTCOME REPORT");

    public string ConferenceTitle(ReportHeader h) => english && !string.IsNullOrWhiteSpace(h.TitleEn) ? h.TitleEn : h.TitleVi;

    public string? ScopeLine(ReportHeader h) => h.ScopeProvinceVi is null ? null
        : L($"Phạm vi: đoàn {h.ScopeProvinceVi} (báo cáo dành cho tỉnh)", $"Scope: the {h.ScopeProvinceEn} delegation (province copy)");

    public ReportTable Overview(ConferenceReport r)
    {
        var h = r.Header;
        var rows = new List<object?[]>
        {
            new object?[] { L("Hội nghị", "Conference"), ConferenceTitle(h) },
            new object?[] { L("Thời gian", "Dates"), Format.DateRange(h.StartDate, h.EndDate) },
            new object?[] { L("Địa điểm", "Venue"), h.Venue },
            new object?[] { L("Đơn vị chủ trì", "Host"), $"{h.HostDepartment} ({L(h.HostProvinceVi, h.HostProvinceEn)})" },
            new object?[] { L("Đơn vị phối hợp", "Co-organisers"), h.CoOrganisers.Count == 0 ? "—" : string.Join(", ", h.CoOrganisers) },
            new object?[] { L("Tỉnh, thành tham gia", "Provinces taking part"), r.Delegations.Count(d => d.Takes) },
            new object?[] { L("Chủ thể trưng bày", "Enterprises exhibiting"), r.Enterprises },
            new object?[] { L("Sản phẩm trưng bày", "Products exhibited"), r.Products },
            new object?[] { L("Cuộc gặp B2B đã diễn ra", "B2B meetings held"), r.Meetings.Held },
            new object?[] { L("Biên bản ghi nhớ đã ký", "MoUs signed"), r.Mous.Count },
            new object?[] { L("Tổng giá trị ước tính (đồng)", "Total estimated value (VND)"), r.Mous.Value },
        };
        if (ScopeLine(h) is string scope)
            rows.Insert(0, [L("Phạm vi", "Scope"), scope]);
        return new ReportTable(L("I. Tổng quan", "I. Overview"), [new(L("Mục", "Item"), Width: 32), new(L("Nội dung", "Value"), Width: 70)], rows);
    }

    public ReportTable Delegations(ConferenceReport r) => new(
        L("II. Các tỉnh, thành và đoàn tham dự", "II. Provinces and their delegations"),
        [
            new(L("Tỉnh, thành", "Province"), Width: 18), new(L("Vai trò", "Role"), Width: 14), new(L("Trạng thái đoàn", "Delegation"), Width: 16),
            new(L("Trưởng đoàn", "Head"), Width: 22), new(L("Thành viên", "Members"), ColumnKind.Number, 11), new(L("Chủ thể", "Enterprises"), ColumnKind.Number, 11),
            new(L("Sản phẩm", "Products"), ColumnKind.Number, 11), new(L("Gian hàng", "Booths"), ColumnKind.Number, 11),
        ],
        r.Delegations.Select(d => new object?[]
        {
            L(d.ProvinceVi, d.ProvinceEn), RoleText(d.Role), d.Status is DelegationStatus s ? StatusText(s) : L("Chưa đăng ký", "Not registered"),
            d.Head ?? "—", d.Members, d.Enterprises, d.Products, d.Booths,
        }).ToList(),
        [L("Cộng", "Total"), null, null, null, r.Delegations.Sum(d => d.Members), r.Enterprises, r.Products, r.Delegations.Sum(d => d.Booths)],
        L("Chỉ tính các đoàn đã gửi đăng ký (đã gửi hoặc đã duyệt).", "Only delegations that were sent (submitted or approved) are counted."));

    public ReportTable Stars(ConferenceReport r) => new(
        L("III. Sản phẩm trưng bày theo hạng sao", "III. Products exhibited by star rating"),
        [
            new(L("Tỉnh, thành", "Province"), Width: 18), new(L("3 sao", "3 stars"), ColumnKind.Number, 10), new(L("4 sao", "4 stars"), ColumnKind.Number, 10),
            new(L("5 sao", "5 stars"), ColumnKind.Number, 10), new(L("Không còn hiệu lực", "No valid certificate"), ColumnKind.Number, 14), new(L("Tổng", "Total"), ColumnKind.Number, 10),
        ],
        r.StarsByProvince.Select(s => new object?[] { L(s.ProvinceVi, s.ProvinceEn), s.Three, s.Four, s.Five, s.Unrated, s.Total }).ToList(),
        [L("Cộng", "Total"), r.StarsByProvince.Sum(s => s.Three), r.StarsByProvince.Sum(s => s.Four), r.StarsByProvince.Sum(s => s.Five), r.StarsByProvince.Sum(s => s.Unrated), r.StarsByProvince.Sum(s => s.Total)],
        L("Hạng sao theo chứng nhận OCOP còn hiệu lực vào ngày khai mạc hội nghị.", "Ratings are those of OCOP certificates valid on the conference's first day."));

    public ReportTable Reported(ConferenceReport r) => new(
        L("Số liệu OCOP do các tỉnh báo cáo", "OCOP figures reported by the provinces"),
        [
            new(L("Tỉnh, thành", "Province"), Width: 18), new(L("Tính đến", "As of"), ColumnKind.Date, 12), new(L("Tổng sản phẩm", "Products"), ColumnKind.Number, 12),
            new(L("3 sao", "3 stars"), ColumnKind.Number, 10), new(L("4 sao", "4 stars"), ColumnKind.Number, 10), new(L("5 sao", "5 stars"), ColumnKind.Number, 10),
            new(L("Trưng bày tại hội nghị", "Exhibited here"), ColumnKind.Number, 14),
        ],
        r.Delegations.Where(d => d.Reported is not null).Select(d => new object?[]
        {
            L(d.ProvinceVi, d.ProvinceEn), d.Reported!.AsOf, d.Reported.Total, d.Reported.ThreeStar, d.Reported.FourStar, d.Reported.FiveStar, d.Products,
        }).ToList(),
        Note: L("Số liệu do tỉnh công bố, không do cổng tính; ô trống là tỉnh không công bố.", "Figures as published by each province, not computed by the portal; blank means not published."));

    public ReportTable Groups(ConferenceReport r) => new(
        L("IV. Sản phẩm trưng bày theo nhóm", "IV. Products exhibited by product group"),
        [new(L("Nhóm sản phẩm", "Product group"), Width: 36), new(L("Sản phẩm", "Products"), ColumnKind.Number, 12), new(L("Chủ thể", "Enterprises"), ColumnKind.Number, 12)],
        r.ByGroup.Select(g => new object?[] { L(g.GroupVi, g.GroupEn), g.Products, g.Enterprises }).ToList(),
        [L("Cộng", "Total"), r.ByGroup.Sum(g => g.Products), null]);

    public ReportTable Meetings(ConferenceReport r)
    {
        var m = r.Meetings;
        return new ReportTable(
            L("V. Gặp gỡ B2B", "V. B2B meetings"),
            [new(L("Chỉ tiêu", "Measure"), Width: 40), new(L("Số cuộc", "Meetings"), ColumnKind.Number, 12)],
            [
                [L("Lời mời đã gửi", "Requests made"), m.Total],
                [L("Đang chờ trả lời", "Awaiting an answer"), m.Requested],
                [L("Đã nhận lời", "Accepted"), m.Accepted],
                [L("Đã xếp giờ và bàn", "Scheduled"), m.Scheduled],
                [L("Bị từ chối", "Declined"), m.Declined],
                [L("Đã huỷ", "Cancelled"), m.Cancelled],
                [L("Đã diễn ra", "Held"), m.Held],
                [L("Vắng mặt", "No-show"), m.NoShow],
                [L("Cần theo dõi tiếp", "Follow-up needed"), m.FollowUp],
            ]);
    }

    public ReportTable MouBy(string titleVi, string titleEn, string firstVi, string firstEn, IReadOnlyList<MouBucket> buckets, MouFigures totals, string? note = null) => new(
        L(titleVi, titleEn),
        [new(L(firstVi, firstEn), Width: 32), new(L("Số biên bản", "MoUs"), ColumnKind.Number, 12), new(L("Giá trị ước tính (đồng)", "Estimated value (VND)"), ColumnKind.Money, 22)],
        buckets.Select(b => new object?[] { L(b.LabelVi, b.LabelEn), b.Count, b.Value }).ToList(),
        [L("Cộng", "Total"), note is null ? totals.Count : null, totals.Value],
        note);

    public IReadOnlyList<ReportTable> MouTables(ConferenceReport r) =>
    [
        MouBy("VI. Biên bản ghi nhớ theo tỉnh của bên cung ứng", "VI. MoUs by supplier's province", "Tỉnh, thành", "Province", r.Mous.ByProvince, r.Mous,
            r.Mous.Cancelled > 0 ? L($"Không tính {r.Mous.Cancelled} biên bản đã huỷ.", $"{r.Mous.Cancelled} cancelled MoUs are not counted.") : null),
        MouBy("Biên bản ghi nhớ theo loại đối tác", "MoUs by kind of buyer", "Loại đối tác", "Kind of buyer", r.Mous.ByBuyerKind, r.Mous),
        MouBy("Biên bản ghi nhớ theo nhóm sản phẩm", "MoUs by product group", "Nhóm sản phẩm", "Product group", r.Mous.ByGroup, r.Mous,
            L("Một biên bản có sản phẩm thuộc nhiều nhóm được đếm ở mỗi nhóm; giá trị chia đều giữa các nhóm.",
              "An MoU covering several groups counts in each; its value is shared equally between them.")),
    ];

    /// <summary>Everything but the two long lists, in the report's order.</summary>
    public IReadOnlyList<ReportTable> Summary(ConferenceReport r) =>
        [Overview(r), Delegations(r), Stars(r), Reported(r), Groups(r), Meetings(r), .. MouTables(r)];

    /// <summary>The whole report as an administrative document, for the .docx and the .pdf.</summary>
    public ReportDocument Document(ConferenceReport r, IReadOnlyList<MouLine> mous, IReadOnlyList<AnnexLine> annex)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(mous);
        ArgumentNullException.ThrowIfNull(annex);
        var h = r.Header;
        var vn = DateOnly.FromDateTime(h.GeneratedAt.ToOffset(Infrastructure.VietnamCalendar.Offset).DateTime);
        var mouTables = MouTables(r);
        List<object> blocks =
        [
            Overview(r), Delegations(r), Stars(r), ReportCharts.Stars(r, english), Reported(r), Groups(r), Meetings(r),
            mouTables[0], ReportCharts.MouValue(r, english), mouTables[1], mouTables[2],
            // On an A4 page the lists keep the columns a reader needs; the spreadsheets have them all.
            new ReportTable(MouListTitle,
                [
                    new(L("Số biên bản", "Number"), Width: 26), new(L("Ngày ký", "Signed on"), ColumnKind.Date, 13), new(L("Bên cung ứng", "Supplier"), Width: 27),
                    new(L("Bên mua, đối tác", "Counterparty"), Width: 25), new(L("Giá trị ước tính (đồng)", "Estimated value (VND)"), ColumnKind.Money, 20), new(L("Trạng thái", "Status"), Width: 14),
                ],
                mous.Select(m => new object?[] { m.Number, m.SignedOn, m.Supplier + " (" + m.SupplierProvinceVi + ")", m.Counterparty, m.Value, MouStatusText(m.Status) }).ToList()),
            new ReportTable(AnnexTitle,
                [
                    new(L("Tỉnh, thành", "Province"), Width: 14), new(L("Sản phẩm", "Product"), Width: 30), new(L("Chủ thể", "Enterprise"), Width: 28),
                    new(L("Sao", "Stars"), ColumnKind.Number, 7), new(L("Quyết định công nhận", "Certificate"), Width: 20), new(L("Hiệu lực đến", "Valid until"), ColumnKind.Date, 13),
                ],
                annex.Select(a => new object?[] { a.ProvinceVi, a.Product, a.Enterprise, a.Stars, a.CertificateNumber, a.CertificateExpires }).ToList()),
        ];
        return new ReportDocument(
            L("UBND TỈNH " + h.HostProvinceVi.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), "PEOPLE'S COMMITTEE OF " + h.HostProvinceEn.ToUpperInvariant()),
            h.HostDepartment.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")),
            L("Số:        /BC-SCT", "No.:        /BC-SCT"),
            english ? $"{h.HostProvinceEn}, {vn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}"
                : $"{h.HostProvinceVi}, ngày {vn.Day:00} tháng {vn.Month:00} năm {vn.Year}",
            L("BÁO CÁO", "REPORT"),
            L("Kết quả " + ConferenceTitle(h), "Outcome of the " + ConferenceTitle(h)),
            ScopeLine(h),
            blocks,
            english
                ? ["People's Committee of " + h.HostProvinceEn, "Ministry of Industry and Trade", "Departments of Industry and Trade of the participating provinces", "Archive"]
                : ["UBND tỉnh " + h.HostProvinceVi, "Bộ Công Thương", "Sở Công Thương các tỉnh, thành tham gia", "Lưu: VT"],
            L("GIÁM ĐỐC", "DIRECTOR"),
            english,
            h.GeneratedAt);
    }

    public string MouListTitle => L("VII. Danh sách biên bản ghi nhớ", "VII. List of MoUs");

    public IReadOnlyList<ReportColumn> MouColumns =>
    [
        new(L("Số biên bản", "Number"), Width: 18), new(L("Ngày ký", "Signed on"), ColumnKind.Date, 12), new(L("Bên cung ứng", "Supplier"), Width: 28),
        new(L("Tỉnh", "Province"), Width: 14), new(L("Bên mua, đối tác", "Counterparty"), Width: 28), new(L("Loại đối tác", "Kind"), Width: 18),
        new(L("Sản phẩm", "Products"), Width: 36), new(L("Giá trị ước tính (đồng)", "Estimated value (VND)"), ColumnKind.Money, 18),
        new(L("Thời hạn (tháng)", "Term (months)"), ColumnKind.Number, 10), new(L("Trạng thái", "Status"), Width: 16),
    ];

    public object?[] MouRow(MouLine m) =>
        [m.Number, m.SignedOn, m.Supplier, m.SupplierProvinceVi, m.Counterparty, L(m.CounterpartyKindVi, m.CounterpartyKindEn), m.Products, m.Value, m.TermMonths, MouStatusText(m.Status)];

    public string AnnexTitle => L("Phụ lục: danh sách sản phẩm trưng bày", "Annex: products exhibited");

    public IReadOnlyList<ReportColumn> AnnexColumns =>
    [
        new(L("Tỉnh, thành", "Province"), Width: 14), new(L("Chủ thể", "Enterprise"), Width: 30), new(L("Sản phẩm", "Product"), Width: 32),
        new(L("Nhóm", "Group"), Width: 22), new(L("Hạng sao", "Stars"), ColumnKind.Number, 9), new(L("Số quyết định công nhận", "Certificate (decision no.)"), Width: 22),
        new(L("Hiệu lực đến", "Valid until"), ColumnKind.Date, 12),
    ];

    public static object?[] AnnexRow(AnnexLine a) => [a.ProvinceVi, a.Enterprise, a.Product, a.GroupVi, a.Stars, a.CertificateNumber, a.CertificateExpires];

    private string RoleText(ConferenceRole role) => english
        ? role switch { ConferenceRole.Host => "Host", ConferenceRole.CoOrganiser => "Co-organiser", _ => "Invited" }
        : EnumText.Vi(role);

    private string StatusText(DelegationStatus status) => english
        ? status switch
        {
            DelegationStatus.Draft => "Draft", DelegationStatus.Submitted => "Submitted", DelegationStatus.Returned => "Returned",
            DelegationStatus.Approved => "Approved", _ => status.ToString(),
        }
        : EnumText.Vi(status);

    private string MouStatusText(MouStatus status) => english
        ? status switch
        {
            MouStatus.Signed => "Signed", MouStatus.InProgress => "In progress", MouStatus.Fulfilled => "Fulfilled",
            MouStatus.NotCarriedOut => "Not carried out", _ => "Cancelled",
        }
        : EnumText.Vi(status);
}

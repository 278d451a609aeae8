using OcopConnect.Web.Domain;
using static OcopConnect.Web.Data.Seed.AdministrativeUnits;
using static OcopConnect.Web.Data.Seed.ProductGroups;

namespace OcopConnect.Web.Data.Seed;

/// <summary>
/// The seed story as data: the Phú Quốc conference hosted by Kiên Giang's Department of Industry
/// and Trade with Trà Vinh, Bến Tre and Hậu Giang. Provinces, officials and reported figures come
/// from the story; the enterprises, partners, decision numbers and the conference date are
/// invented for the demo and marked as such (tax codes start with 99, which no province uses).
/// </summary>
public static class DemoStory
{
    public const string ConferenceSlug = "ket-noi-giao-thuong-ocop-phu-quoc-2023";
    public static readonly DateOnly ConferenceDay = new(2023, 4, 14);

    private const string FictionalVi = "Chủ thể hư cấu, chỉ dùng cho dữ liệu minh họa.";
    private const string FictionalEn = "A fictional producer, for demonstration only.";

    public static Conference Conference() => new()
    {
        Slug = ConferenceSlug,
        TitleVi = "Hội nghị kết nối giao thương sản phẩm OCOP giữa Kiên Giang với Trà Vinh, Bến Tre, Hậu Giang",
        TitleEn = "OCOP trade-connection conference: Kiên Giang with Trà Vinh, Bến Tre and Hậu Giang",
        HostDepartment = "Sở Công Thương tỉnh Kiên Giang",
        HostProvinceId = Ids.KienGiang,
        Venue = "Thành phố Phú Quốc, tỉnh Kiên Giang",
        StartDate = ConferenceDay,
        EndDate = ConferenceDay,
        RegistrationOpensOn = new DateOnly(2023, 3, 1),
        RegistrationClosesOn = new DateOnly(2023, 4, 5),
        BoothCapacity = 60,
        Status = ConferenceStatus.Held,
        IsDemo = true,
        DescriptionVi = "Sở Công Thương tỉnh Kiên Giang phối hợp cùng Sở Công Thương các tỉnh Trà Vinh, Bến Tre, Hậu Giang tổ chức hội nghị tại Phú Quốc để doanh nghiệp, cơ sở sản xuất quảng bá hình ảnh, thương hiệu, sản phẩm OCOP và ký kết ghi nhớ kết nối giao thương với nhau và với nhà phân phối, siêu thị, trung tâm thương mại, chuỗi cửa hàng bán lẻ.",
        DescriptionEn = "Kiên Giang's Department of Industry and Trade hosts the departments of Trà Vinh, Bến Tre and Hậu Giang in Phú Quốc, so that producers can promote their OCOP products and sign trade MoUs with each other and with distributors, supermarkets, trade centres and retail chains.",
    };

    public const string UpcomingSlug = "ket-noi-cung-cau-ocop-dong-bang-song-cuu-long-minh-hoa";

    /// <summary>
    /// The next regional conference, open for registration when the demo is first loaded: dates are
    /// counted from that day, and its delegations stand where a real registration period has them.
    /// Held after 1 July 2025, it is hosted and attended by today's units (An Giang, which Kiên Giang
    /// merged into; Vĩnh Long, with Trà Vinh and Bến Tre; Cần Thơ, with Hậu Giang; Đồng Tháp), while the
    /// 2023 conference above keeps the provinces of its day.
    /// </summary>
    public static Conference UpcomingConference(DateOnly today) => new()
    {
        Slug = UpcomingSlug,
        TitleVi = "Hội nghị kết nối cung cầu sản phẩm OCOP vùng Đồng bằng sông Cửu Long (minh họa)",
        TitleEn = "Mekong Delta OCOP supply–demand connection conference (demonstration)",
        HostDepartment = "Sở Công Thương tỉnh An Giang",
        HostProvinceId = Ids.AnGiang,
        Venue = "Trung tâm Hội nghị tỉnh, phường Rạch Giá, tỉnh An Giang (minh họa)",
        StartDate = today.AddDays(30),
        EndDate = today.AddDays(31),
        RegistrationOpensOn = today.AddDays(-10),
        RegistrationClosesOn = today.AddDays(14),
        BoothCapacity = 40,
        Status = ConferenceStatus.OpenForRegistration,
        IsDemo = true,
        DescriptionVi = "Hội nghị minh họa để thử quy trình đăng ký đoàn: các tỉnh đăng ký đoàn doanh nghiệp và sản phẩm OCOP, ban tổ chức duyệt và bố trí gian hàng.",
        DescriptionEn = "A demonstration conference for trying delegation registration: provinces register their producers and OCOP products; organizers approve them and assign booths.",
    };

    public static IReadOnlyList<(int ProvinceId, ConferenceRole Role)> UpcomingProvinces =>
    [
        (Ids.AnGiang, ConferenceRole.Host),
        (Ids.VinhLong, ConferenceRole.Invited),
        (Ids.CanTho, ConferenceRole.Invited),
        (Ids.DongThap, ConferenceRole.Invited),
    ];

    public static IReadOnlyList<AgendaItem> UpcomingAgenda(DateOnly start) =>
    [
        new() { Kind = AgendaItemKind.Opening, Day = start, StartsAt = new(8, 0), EndsAt = new(9, 0), TitleVi = "Khai mạc, phát biểu của lãnh đạo các Sở Công Thương", TitleEn = "Opening remarks" },
        new() { Kind = AgendaItemKind.Exhibition, Day = start, StartsAt = new(9, 0), EndsAt = new(17, 0), TitleVi = "Trưng bày, giới thiệu sản phẩm OCOP", TitleEn = "OCOP product exhibition" },
        new() { Kind = AgendaItemKind.B2BSession, Day = start.AddDays(1), StartsAt = new(8, 30), EndsAt = new(11, 0), TitleVi = "Gặp gỡ giao thương B2B với nhà phân phối", TitleEn = "B2B meetings with distributors" },
        new() { Kind = AgendaItemKind.MouSigning, Day = start.AddDays(1), StartsAt = new(11, 0), EndsAt = new(11, 45), TitleVi = "Ký kết biên bản ghi nhớ hợp tác", TitleEn = "MoU signing ceremony" },
    ];

    /// <summary>
    /// One delegation per state: Vĩnh Long drafting, Cần Thơ submitted, An Giang (the host's own producers) returned;
    /// Đồng Tháp has not started. Producers registered under a former province stand for the unit it merged into.
    /// </summary>
    public sealed record UpcomingDelegationSpec(int ProvinceId, DelegationStatus Status, string HeadName, string HeadTitle, string[] EnterpriseTaxCodes, bool WithProducts, string? ReturnComment, DelegationMember[] Members);

    public static IReadOnlyList<UpcomingDelegationSpec> UpcomingDelegations() =>
    [
        new(Ids.VinhLong, DelegationStatus.Draft, "Nguyễn Văn Long Demo", "Phó Giám đốc Sở Công Thương tỉnh Vĩnh Long", ["9900000201", "9900000202"], false, null,
            [new() { Name = "Thạch Sô Phi Demo", Title = "Chuyên viên Trung tâm Khuyến công", Phone = "0270 3822 000", Email = "vinhlong.delegation@example.org" }]),
        new(Ids.CanTho, DelegationStatus.Submitted, "Trần Văn Hậu Demo", "Phó Giám đốc Sở Công Thương thành phố Cần Thơ", ["9900000401", "9900000402"], true, null,
            [new() { Name = "Huỳnh Ngọc Hân Demo", Title = "Chuyên viên Trung tâm Xúc tiến thương mại", Phone = "0292 3822 000", Email = "cantho.delegation@example.org" }]),
        new(Ids.AnGiang, DelegationStatus.Returned, "Lâm Huỳnh An Demo", "Phó Giám đốc Sở Công Thương tỉnh An Giang", ["9900000101"], true,
            "Đề nghị bổ sung số điện thoại của thành viên đoàn và cho biết nhu cầu điện cho gian hàng trưng bày sản phẩm tươi.",
            [new() { Name = "Lê Thị Thu Demo", Title = "Chuyên viên Phòng Quản lý thương mại", Email = "angiang.delegation@example.org" }]),
    ];

    /// <summary>The demo buyer's organisation (a supermarket chain) and its demands for the upcoming conference.</summary>
    public const string BuyerPartnerTaxCode = "9900000902";

    public static IReadOnlyList<BuyerDemand> UpcomingDemands(int partnerId, int conferenceId) =>
    [
        new()
        {
            PartnerId = partnerId, ConferenceId = conferenceId, Title = "Khóm và trái cây tươi cho quầy OCOP dịp Tết (minh họa)",
            ProductGroupIds = [ProductGroups.Food], Keywords = "khóm, trái cây", MinStars = 4, Volume = "2 tấn/tháng", Frequency = DemandFrequency.Seasonal,
            Notes = "Ưu tiên bao bì có mã QR truy xuất nguồn gốc.",
        },
        new()
        {
            PartnerId = partnerId, ConferenceId = conferenceId, Title = "Gạo thơm ĐBSCL cho chuỗi siêu thị (minh họa)",
            Keywords = "gạo, ST25", TargetProvinceIds = [Ids.VinhLong, Ids.CanTho], Volume = "20 tấn/tháng", Frequency = DemandFrequency.Monthly,
        },
    ];

    public static IReadOnlyList<(int ProvinceId, ConferenceRole Role)> ConferenceProvinces =>
    [
        (Ids.KienGiang, ConferenceRole.Host),
        (Ids.TraVinh, ConferenceRole.CoOrganiser),
        (Ids.BenTre, ConferenceRole.CoOrganiser),
        (Ids.HauGiang, ConferenceRole.CoOrganiser),
    ];

    public static IReadOnlyList<AgendaItem> Agenda() =>
    [
        Item(AgendaItemKind.Opening, new(8, 0), new(8, 30), "Khai mạc hội nghị", "Opening"),
        Item(AgendaItemKind.Exhibition, new(8, 30), new(17, 0), "Trưng bày sản phẩm OCOP, công nghiệp nông thôn tiêu biểu", "Exhibition of OCOP and rural industry products"),
        Item(AgendaItemKind.B2BSession, new(9, 0), new(11, 0), "Kết nối cung cầu giữa doanh nghiệp và nhà phân phối", "Supply–demand meetings with distributors"),
        Item(AgendaItemKind.MouSigning, new(11, 0), new(11, 30), "Ký kết ghi nhớ kết nối giao thương", "Signing of trade-connection MoUs"),
    ];

    private static AgendaItem Item(AgendaItemKind kind, TimeOnly start, TimeOnly end, string vi, string en) =>
        new() { Kind = kind, Day = ConferenceDay, StartsAt = start, EndsAt = end, TitleVi = vi, TitleEn = en };

    /// <summary>Figures exactly as the story reports them; what it does not say stays null.</summary>
    public static IReadOnlyList<ReportedOcopStatistics> Statistics() =>
    [
        new()
        {
            ProvinceId = Ids.TraVinh, AsOf = ConferenceDay, TotalProducts = 184, FourStarProducts = 62, FiveStarProducts = 3,
            Source = "Ông Phạm Phước Trãi, Phó Giám đốc Sở Công Thương tỉnh Trà Vinh, phát biểu tại hội nghị",
        },
        new()
        {
            ProvinceId = Ids.BenTre, AsOf = ConferenceDay, TotalProducts = 200, ThreeStarProducts = 110, FourStarProducts = 90, Producers = 77,
            Source = "Ông Nguyễn Văn Bé Sáu, Giám đốc Sở Công Thương tỉnh Bến Tre, phát biểu tại hội nghị",
        },
        new()
        {
            ProvinceId = Ids.HauGiang, AsOf = ConferenceDay, TotalProducts = 175, ThreeStarProducts = 107, FourStarProducts = 68,
            Source = "Sở Công Thương tỉnh Hậu Giang, báo cáo tại hội nghị",
        },
    ];

    public sealed record DelegationSpec(int ProvinceId, string? HeadName, string HeadTitle, string[] EnterpriseTaxCodes, DelegationMember[] Members);

    public static IReadOnlyList<DelegationSpec> Delegations() =>
    [
        new(Ids.KienGiang, "Lâm Huỳnh Nhân", "Phó Giám đốc Sở Công Thương tỉnh Kiên Giang",
            ["9900000101", "9900000102", "9900000103", "9900000104", "9900000105"],
            [new() { Name = "Lê Thị Thu Demo", Title = "Chuyên viên Phòng Quản lý thương mại", Email = "kiengiang.delegation@example.org" }]),
        new(Ids.TraVinh, "Phạm Phước Trãi", "Phó Giám đốc Sở Công Thương tỉnh Trà Vinh",
            ["9900000201", "9900000202", "9900000203", "9900000204", "9900000205"],
            [new() { Name = "Thạch Sô Phi Demo", Title = "Chuyên viên Trung tâm Khuyến công và Xúc tiến thương mại", Email = "travinh.delegation@example.org" }]),
        new(Ids.BenTre, "Nguyễn Văn Bé Sáu", "Giám đốc Sở Công Thương tỉnh Bến Tre",
            ["9900000301", "9900000302", "9900000303", "9900000304"],
            [new() { Name = "Võ Minh Tâm Demo", Title = "Chuyên viên Phòng Quản lý thương mại", Email = "bentre.delegation@example.org" }]),
        new(Ids.HauGiang, null, "Lãnh đạo Sở Công Thương tỉnh Hậu Giang",
            ["9900000401", "9900000402", "9900000403"],
            [new() { Name = "Huỳnh Ngọc Hân Demo", Title = "Chuyên viên Trung tâm Xúc tiến thương mại", Email = "haugiang.delegation@example.org" }]),
    ];

    public sealed record EnterpriseSpec(string TaxCode, EnterpriseKind Kind, string Name, int ProvinceId, string Address, string Phone);

    public static IReadOnlyList<EnterpriseSpec> EnterpriseSpecs() =>
    [
        new("9900000101", EnterpriseKind.Company, "Công ty TNHH Nước mắm Biển Ngọc", Ids.KienGiang, "Phường Dương Đông, thành phố Phú Quốc, tỉnh Kiên Giang", "0297 000 0101"),
        new("9900000102", EnterpriseKind.Cooperative, "Hợp tác xã Rượu sim Hàm Ninh", Ids.KienGiang, "Xã Hàm Ninh, thành phố Phú Quốc, tỉnh Kiên Giang", "0297 000 0102"),
        new("9900000103", EnterpriseKind.HouseholdBusiness, "Cơ sở Trà hoa Đảo Xanh", Ids.KienGiang, "Phường An Thới, thành phố Phú Quốc, tỉnh Kiên Giang", "0297 000 0103"),
        new("9900000104", EnterpriseKind.HouseholdBusiness, "Cơ sở Chả lụa Bà Năm Tân Hiệp", Ids.KienGiang, "Thị trấn Tân Hiệp, huyện Tân Hiệp, tỉnh Kiên Giang", "0297 000 0104"),
        new("9900000105", EnterpriseKind.Cooperative, "Hợp tác xã Thủy sản An Thới", Ids.KienGiang, "Phường An Thới, thành phố Phú Quốc, tỉnh Kiên Giang", "0297 000 0105"),
        new("9900000201", EnterpriseKind.Cooperative, "Hợp tác xã Nông nghiệp Lúa Vàng Cầu Ngang", Ids.TraVinh, "Xã Mỹ Long Nam, huyện Cầu Ngang, tỉnh Trà Vinh", "0294 000 0201"),
        new("9900000202", EnterpriseKind.Company, "Công ty TNHH Mật hoa dừa Duyên Hải", Ids.TraVinh, "Phường 1, thị xã Duyên Hải, tỉnh Trà Vinh", "0294 000 0202"),
        new("9900000203", EnterpriseKind.CooperativeGroup, "Tổ hợp tác Rau sạch Hòa Thuận", Ids.TraVinh, "Xã Hòa Thuận, huyện Châu Thành, tỉnh Trà Vinh", "0294 000 0203"),
        new("9900000204", EnterpriseKind.HouseholdBusiness, "Cơ sở Dừa sáp Bảy Hiền", Ids.TraVinh, "Thị trấn Cầu Kè, huyện Cầu Kè, tỉnh Trà Vinh", "0294 000 0204"),
        new("9900000205", EnterpriseKind.Company, "Công ty TNHH Thực phẩm Phước Hưng", Ids.TraVinh, "Phường 7, thành phố Trà Vinh, tỉnh Trà Vinh", "0294 000 0205"),
        new("9900000301", EnterpriseKind.Company, "Công ty TNHH Kẹo dừa Mỏ Cày Xanh", Ids.BenTre, "Thị trấn Mỏ Cày, huyện Mỏ Cày Nam, tỉnh Bến Tre", "0275 000 0301"),
        new("9900000302", EnterpriseKind.Cooperative, "Hợp tác xã Bưởi da xanh Giồng Trôm", Ids.BenTre, "Xã Phong Nẫm, huyện Giồng Trôm, tỉnh Bến Tre", "0275 000 0302"),
        new("9900000303", EnterpriseKind.HouseholdBusiness, "Cơ sở Kiểng Tư Lành Chợ Lách", Ids.BenTre, "Xã Vĩnh Thành, huyện Chợ Lách, tỉnh Bến Tre", "0275 000 0303"),
        new("9900000304", EnterpriseKind.Company, "Công ty Cổ phần Thạch dừa Hàm Luông", Ids.BenTre, "Phường 8, thành phố Bến Tre, tỉnh Bến Tre", "0275 000 0304"),
        new("9900000401", EnterpriseKind.Cooperative, "Hợp tác xã Khóm Hỏa Tiến", Ids.HauGiang, "Xã Hỏa Tiến, thành phố Vị Thanh, tỉnh Hậu Giang", "0293 000 0401"),
        new("9900000402", EnterpriseKind.HouseholdBusiness, "Cơ sở Chả cá thát lát Vị Thanh", Ids.HauGiang, "Phường 5, thành phố Vị Thanh, tỉnh Hậu Giang", "0293 000 0402"),
        new("9900000403", EnterpriseKind.Company, "Công ty TNHH Trà mãng cầu Long Mỹ", Ids.HauGiang, "Phường Thuận An, thị xã Long Mỹ, tỉnh Hậu Giang", "0293 000 0403"),
    ];

    public static Enterprise ToEnterprise(EnterpriseSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new Enterprise
        {
            Slug = Domain.Slug.From(spec.Name),
            Kind = spec.Kind,
            Name = spec.Name,
            TaxCode = spec.TaxCode,
            ProvinceId = spec.ProvinceId,
            Address = spec.Address,
            Phone = spec.Phone,
            Email = $"lienhe.{spec.TaxCode}@example.org",
            DescriptionVi = FictionalVi,
            DescriptionEn = FictionalEn,
        };
    }

    public sealed record CertificateSpec(int Stars, RecognitionLevel Level, RecognitionKind Kind, string Authority, string Number, DateOnly Date);

    public sealed record ProductSpec(
        string TaxCode, string NameVi, string NameEn, int GroupId, string Packaging, string Unit, long Price, string DescriptionVi,
        CertificateSpec[] Certificates);

    private static CertificateSpec First(int stars, RecognitionLevel level, string authority, string number, DateOnly date) =>
        new(stars, level, RecognitionKind.FirstRecognition, authority, number, date);

    private static CertificateSpec Again(int stars, RecognitionLevel level, string authority, string number, DateOnly date) =>
        new(stars, level, RecognitionKind.ReRecognition, authority, number, date);

    private const string UbndKienGiang = "UBND tỉnh Kiên Giang";
    private const string UbndPhuQuoc = "UBND thành phố Phú Quốc";
    private const string UbndTraVinh = "UBND tỉnh Trà Vinh";
    private const string UbndBenTre = "UBND tỉnh Bến Tre";
    private const string UbndHauGiang = "UBND tỉnh Hậu Giang";
    private const string UbndAnGiang = "UBND tỉnh An Giang";
    private const string UbndVinhLong = "UBND tỉnh Vĩnh Long";
    private const string UbndCanTho = "UBND thành phố Cần Thơ";
    private const string CentralMinistry = "Bộ Nông nghiệp và Phát triển nông thôn";

    /// <summary>
    /// The products the story names, each with a recognition and, for most, a re-recognition after
    /// 36 months, so that today's catalogue has valid, expiring and expired ratings side by side.
    /// </summary>
    public static IReadOnlyList<ProductSpec> ProductSpecs() =>
    [
        new("9900000101", "Nước mắm truyền thống Phú Quốc", "Phú Quốc traditional fish sauce", Condiments, "Chai thủy tinh 500 ml", "chai", 95_000,
            "Nước mắm cá cơm ủ chượp trong thùng gỗ theo cách truyền thống của đảo Phú Quốc, độ đạm 40°N.",
            [First(4, RecognitionLevel.Province, UbndKienGiang, "1021/QĐ-UBND", new(2021, 5, 12)),
             Again(4, RecognitionLevel.Province, UbndKienGiang, "1388/QĐ-UBND", new(2024, 5, 8))]),
        new("9900000101", "Tiêu Phú Quốc", "Phú Quốc black pepper", Condiments, "Hũ 100 g", "hũ", 60_000,
            "Tiêu đen trồng trên đất đỏ Phú Quốc, phơi nắng tự nhiên, thơm cay đậm.",
            [First(3, RecognitionLevel.District, UbndPhuQuoc, "2210/QĐ-UBND", new(2021, 11, 3)),
             Again(4, RecognitionLevel.Province, UbndKienGiang, "2507/QĐ-UBND", new(2024, 10, 22))]),
        new("9900000102", "Rượu sim Phú Quốc", "Phú Quốc rose myrtle wine", AlcoholicBeverages, "Chai 500 ml", "chai", 150_000,
            "Rượu lên men từ trái sim rừng Phú Quốc, vị ngọt chát, màu tím đặc trưng.",
            [First(3, RecognitionLevel.District, UbndPhuQuoc, "2211/QĐ-UBND", new(2021, 11, 3)),
             Again(3, RecognitionLevel.Province, UbndKienGiang, "2508/QĐ-UBND", new(2024, 10, 22))]),
        new("9900000103", "Trà túi lọc hoa đậu biếc", "Butterfly pea flower tea bags", HerbalTeas, "Hộp 20 túi lọc", "hộp", 55_000,
            "Trà túi lọc từ hoa đậu biếc sấy lạnh, pha ra màu xanh tím tự nhiên.",
            [First(3, RecognitionLevel.District, UbndPhuQuoc, "0987/QĐ-UBND", new(2022, 6, 15)),
             Again(3, RecognitionLevel.Province, UbndAnGiang, "0412/QĐ-UBND", new(2025, 9, 10))]),
        new("9900000104", "Chả lụa Tân Hiệp", "Tân Hiệp pork roll", ProcessedFood, "Cây 500 g gói lá chuối", "cây", 110_000,
            "Chả lụa giã tay từ thịt heo nạc, gói lá chuối, hấp chín theo nghề truyền thống Tân Hiệp.",
            [First(3, RecognitionLevel.District, "UBND huyện Tân Hiệp", "1544/QĐ-UBND", new(2022, 8, 19)),
             Again(3, RecognitionLevel.Province, UbndAnGiang, "0413/QĐ-UBND", new(2025, 9, 10))]),
        new("9900000105", "Khô cá cơm An Thới", "An Thới dried anchovies", ProcessedFood, "Túi 250 g", "túi", 85_000,
            "Cá cơm tươi đánh bắt ở vùng biển An Thới, phơi khô tự nhiên, không chất bảo quản.",
            [First(4, RecognitionLevel.Province, UbndKienGiang, "1022/QĐ-UBND", new(2021, 5, 12)),
             Again(4, RecognitionLevel.Province, UbndKienGiang, "1389/QĐ-UBND", new(2024, 5, 8))]),

        new("9900000201", "Gạo ST25 Lúa Vàng", "Lúa Vàng ST25 rice", RawAndPreprocessedFood, "Túi 5 kg", "túi", 180_000,
            "Gạo ST25 trồng theo quy trình hữu cơ trên đất giồng cát Cầu Ngang, cơm dẻo, thơm lá dứa.",
            [First(4, RecognitionLevel.Province, UbndTraVinh, "1870/QĐ-UBND", new(2021, 9, 28)),
             Again(4, RecognitionLevel.Province, UbndTraVinh, "2041/QĐ-UBND", new(2024, 9, 20))]),
        new("9900000201", "Gạo sạch Cầu Ngang", "Cầu Ngang clean rice", RawAndPreprocessedFood, "Túi 10 kg", "túi", 240_000,
            "Gạo trắng canh tác giảm phân thuốc, xay xát tại hợp tác xã.",
            [First(3, RecognitionLevel.District, "UBND huyện Cầu Ngang", "0765/QĐ-UBND", new(2022, 4, 6))]),
        new("9900000202", "Mật hoa dừa nguyên chất", "Pure coconut blossom nectar", ProcessedFood, "Chai 250 ml", "chai", 120_000,
            "Mật cô đặc từ nhựa hoa dừa, chỉ số đường huyết thấp, không đường tinh luyện.",
            [First(4, RecognitionLevel.Province, UbndTraVinh, "1871/QĐ-UBND", new(2021, 9, 28)),
             First(5, RecognitionLevel.Central, CentralMinistry, "4210/QĐ-BNN-VPĐP", new(2022, 10, 14)),
             Again(5, RecognitionLevel.Central, CentralMinistry, "3312/QĐ-BNN-VPĐP", new(2025, 9, 30))]),
        new("9900000202", "Đường mật hoa dừa", "Coconut blossom sugar", ProcessedFood, "Hũ 300 g", "hũ", 90_000,
            "Đường dạng hạt kết tinh từ mật hoa dừa, dùng thay đường mía.",
            [First(4, RecognitionLevel.Province, UbndTraVinh, "2562/QĐ-UBND", new(2023, 12, 20))]),
        new("9900000203", "Rau củ quả sạch Hòa Thuận", "Hòa Thuận clean vegetables", FreshFood, "Giỏ 3 kg", "giỏ", 75_000,
            "Rau củ quả theo mùa trồng theo tiêu chuẩn VietGAP, giao trong ngày.",
            [First(3, RecognitionLevel.District, "UBND huyện Châu Thành", "0766/QĐ-UBND", new(2022, 4, 6)),
             Again(3, RecognitionLevel.Province, UbndVinhLong, "1120/QĐ-UBND", new(2025, 8, 25))]),
        new("9900000204", "Dừa sáp Cầu Kè", "Cầu Kè waxy coconut", FreshFood, "Trái", "trái", 120_000,
            "Dừa sáp đặc sản Cầu Kè, cơm dày, dẻo như sáp.",
            [First(4, RecognitionLevel.Province, UbndTraVinh, "1872/QĐ-UBND", new(2021, 9, 28)),
             Again(4, RecognitionLevel.Province, UbndTraVinh, "2042/QĐ-UBND", new(2024, 9, 20))]),
        new("9900000205", "Đậu phộng rang muối Trà Vinh", "Trà Vinh salted roasted peanuts", ProcessedFood, "Hũ 400 g", "hũ", 65_000,
            "Đậu phộng giồng cát Trà Vinh rang muối hột, giòn béo.",
            [First(3, RecognitionLevel.District, "UBND thành phố Trà Vinh", "0920/QĐ-UBND", new(2022, 5, 10)),
             Again(3, RecognitionLevel.Province, UbndTraVinh, "0851/QĐ-UBND", new(2025, 4, 28))]),
        new("9900000205", "Bánh tét Trà Cuôn", "Trà Cuôn sticky rice cake", ProcessedFood, "Đòn 1 kg", "đòn", 130_000,
            "Bánh tét nhân đậu xanh, thịt mỡ, trứng muối theo công thức làng Trà Cuôn.",
            [First(4, RecognitionLevel.Province, UbndTraVinh, "1873/QĐ-UBND", new(2021, 9, 28)),
             Again(4, RecognitionLevel.Province, UbndTraVinh, "2043/QĐ-UBND", new(2024, 9, 20))]),

        new("9900000301", "Kẹo dừa sữa lá dứa", "Pandan coconut milk candy", ProcessedFood, "Hộp 400 g", "hộp", 45_000,
            "Kẹo dừa Bến Tre nấu từ nước cốt dừa, mạch nha và lá dứa.",
            [First(4, RecognitionLevel.Province, UbndBenTre, "2310/QĐ-UBND", new(2021, 10, 15)),
             Again(4, RecognitionLevel.Province, UbndBenTre, "2198/QĐ-UBND", new(2024, 10, 2))]),
        new("9900000301", "Dầu dừa tinh khiết ép lạnh", "Cold-pressed virgin coconut oil", ProcessedFood, "Chai 250 ml", "chai", 85_000,
            "Dầu dừa ép lạnh từ cơm dừa tươi, dùng trong ăn uống và chăm sóc da.",
            [First(3, RecognitionLevel.District, "UBND huyện Mỏ Cày Nam", "1120/QĐ-UBND", new(2022, 7, 1)),
             Again(3, RecognitionLevel.Province, UbndVinhLong, "1121/QĐ-UBND", new(2025, 8, 25))]),
        new("9900000302", "Bưởi da xanh Bến Tre", "Bến Tre green-skin pomelo", FreshFood, "Trái 1,2–1,8 kg", "kg", 55_000,
            "Bưởi da xanh Giồng Trôm, múi hồng, ráo nước, vị ngọt thanh.",
            [First(4, RecognitionLevel.Province, UbndBenTre, "2311/QĐ-UBND", new(2021, 10, 15)),
             Again(4, RecognitionLevel.Province, UbndBenTre, "2199/QĐ-UBND", new(2024, 10, 2))]),
        new("9900000303", "Mai vàng kiểng Chợ Lách", "Chợ Lách ornamental yellow apricot", OrnamentalPlants, "Chậu", "chậu", 1_500_000,
            "Mai vàng uốn thế nghệ nhân Chợ Lách, làng hoa kiểng lâu đời của Bến Tre.",
            [First(3, RecognitionLevel.District, "UBND huyện Chợ Lách", "0654/QĐ-UBND", new(2022, 3, 22)),
             Again(3, RecognitionLevel.Province, UbndBenTre, "0610/QĐ-UBND", new(2025, 3, 14))]),
        new("9900000304", "Thạch dừa Hàm Luông", "Hàm Luông coconut jelly", ProcessedFood, "Hũ 500 g", "hũ", 40_000,
            "Thạch dừa lên men từ nước dừa già, giòn dai, dùng cho chè và trà sữa.",
            [First(3, RecognitionLevel.District, "UBND thành phố Bến Tre", "0655/QĐ-UBND", new(2022, 3, 22)),
             Again(3, RecognitionLevel.Province, UbndBenTre, "0611/QĐ-UBND", new(2025, 3, 14))]),

        new("9900000401", "Khóm Cầu Đúc", "Cầu Đúc pineapple", FreshFood, "Trái", "trái", 20_000,
            "Khóm Cầu Đúc trồng trên đất phèn Hỏa Tiến, ngọt thanh, nhiều nước.",
            [First(4, RecognitionLevel.Province, UbndHauGiang, "1650/QĐ-UBND", new(2021, 8, 30)),
             Again(4, RecognitionLevel.Province, UbndHauGiang, "1702/QĐ-UBND", new(2024, 8, 26))]),
        new("9900000402", "Chả cá thát lát Vị Thanh", "Vị Thanh clown knifefish cake", ProcessedFood, "Khay 500 g", "khay", 120_000,
            "Chả cá thát lát quết tay, đóng khay hút chân không, bảo quản đông lạnh.",
            [First(3, RecognitionLevel.District, "UBND thành phố Vị Thanh", "0431/QĐ-UBND", new(2022, 2, 18))]),
        new("9900000403", "Trà mãng cầu xiêm", "Soursop tea", HerbalTeas, "Hộp 250 g", "hộp", 70_000,
            "Trà sấy từ trái mãng cầu xiêm Long Mỹ, pha uống nóng hoặc lạnh.",
            [First(3, RecognitionLevel.District, "UBND thị xã Long Mỹ", "0432/QĐ-UBND", new(2022, 2, 18)),
             Again(3, RecognitionLevel.Province, UbndCanTho, "0218/QĐ-UBND", new(2025, 8, 5))]),
    ];

    public static IReadOnlyList<PartnerOrganisation> Partners() =>
    [
        new() { Kind = PartnerKind.Distributor, Name = "Công ty Cổ phần Phân phối Nông sản Cửu Long", TaxCode = "9900000901", ProvinceId = FormerId("92") },
        new() { Kind = PartnerKind.Supermarket, Name = "Hệ thống siêu thị Xanh Mê Kông", TaxCode = "9900000902", ProvinceId = FormerId("79") },
        new() { Kind = PartnerKind.TradeCentre, Name = "Trung tâm thương mại Đảo Ngọc", TaxCode = "9900000903", ProvinceId = Ids.KienGiang },
        new() { Kind = PartnerKind.RetailChain, Name = "Chuỗi cửa hàng Đặc sản Ba Miền", TaxCode = "9900000904", ProvinceId = FormerId("01") },
    ];

    public sealed record MouSpec(
        string Number, string SupplierTaxCode, string? CounterpartyEnterpriseTaxCode, string? CounterpartyPartnerTaxCode,
        long Value, int TermMonths, MouStatus Status, string[] ProductNames, string Notes);

    public static IReadOnlyList<MouSpec> Mous() =>
    [
        new("KNGT-PQ-2023-001", "9900000101", null, "9900000902", 1_200_000_000, 12, MouStatus.Fulfilled,
            ["Nước mắm truyền thống Phú Quốc"], "Cung cấp nước mắm cho 12 siêu thị khu vực Đồng bằng sông Cửu Long."),
        new("KNGT-PQ-2023-002", "9900000201", null, "9900000901", 2_500_000_000, 24, MouStatus.InProgress,
            ["Gạo ST25 Lúa Vàng", "Gạo sạch Cầu Ngang"], "Bao tiêu 300 tấn gạo mỗi năm."),
        new("KNGT-PQ-2023-003", "9900000301", "9900000101", null, 300_000_000, 12, MouStatus.Signed,
            ["Kẹo dừa sữa lá dứa"], "Kẹo dừa Bến Tre bày bán tại cửa hàng đặc sản Phú Quốc."),
        new("KNGT-PQ-2023-004", "9900000401", null, "9900000904", 800_000_000, 12, MouStatus.Signed,
            ["Khóm Cầu Đúc"], "Giao khóm tươi hằng tuần cho chuỗi cửa hàng."),
        new("KNGT-PQ-2023-005", "9900000202", null, "9900000903", 450_000_000, 18, MouStatus.InProgress,
            ["Mật hoa dừa nguyên chất", "Đường mật hoa dừa"], "Quầy sản phẩm OCOP Trà Vinh tại trung tâm thương mại."),
    ];
}

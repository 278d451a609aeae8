using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Seed;

/// <summary>
/// Vietnam's provincial-level units: the 63 that existed until 30 June 2025 and the 34 formed on
/// 1 July 2025 by Resolution 202/2025/QH15. Ids are stable: a current unit's id is its code
/// (Vĩnh Long = 86), a former unit's id is 100 + its code (Trà Vinh = 184).
/// </summary>
public static class AdministrativeUnits
{
    public const int FormerIdOffset = 100;
    private static readonly DateOnly LastFormerDay = Province.MergerDate.AddDays(-1);

    // code, Vietnamese name, English name, municipality?
    private static readonly (string Code, string Vi, string En, bool City)[] Current =
    [
        ("01", "Hà Nội", "Hanoi", true),
        ("04", "Cao Bằng", "Cao Bang", false),
        ("08", "Tuyên Quang", "Tuyen Quang", false),
        ("11", "Điện Biên", "Dien Bien", false),
        ("12", "Lai Châu", "Lai Chau", false),
        ("14", "Sơn La", "Son La", false),
        ("15", "Lào Cai", "Lao Cai", false),
        ("19", "Thái Nguyên", "Thai Nguyen", false),
        ("20", "Lạng Sơn", "Lang Son", false),
        ("22", "Quảng Ninh", "Quang Ninh", false),
        ("24", "Bắc Ninh", "Bac Ninh", false),
        ("25", "Phú Thọ", "Phu Tho", false),
        ("31", "Hải Phòng", "Hai Phong", true),
        ("33", "Hưng Yên", "Hung Yen", false),
        ("37", "Ninh Bình", "Ninh Binh", false),
        ("38", "Thanh Hóa", "Thanh Hoa", false),
        ("40", "Nghệ An", "Nghe An", false),
        ("42", "Hà Tĩnh", "Ha Tinh", false),
        ("44", "Quảng Trị", "Quang Tri", false),
        ("46", "Huế", "Hue", true),
        ("48", "Đà Nẵng", "Da Nang", true),
        ("51", "Quảng Ngãi", "Quang Ngai", false),
        ("52", "Gia Lai", "Gia Lai", false),
        ("56", "Khánh Hòa", "Khanh Hoa", false),
        ("66", "Đắk Lắk", "Dak Lak", false),
        ("68", "Lâm Đồng", "Lam Dong", false),
        ("75", "Đồng Nai", "Dong Nai", false),
        ("79", "Hồ Chí Minh", "Ho Chi Minh City", true),
        ("80", "Tây Ninh", "Tay Ninh", false),
        ("82", "Đồng Tháp", "Dong Thap", false),
        ("86", "Vĩnh Long", "Vinh Long", false),
        ("91", "An Giang", "An Giang", false),
        ("92", "Cần Thơ", "Can Tho", true),
        ("96", "Cà Mau", "Ca Mau", false),
    ];

    // code, Vietnamese name, English name, municipality?, code of the successor (current) unit
    private static readonly (string Code, string Vi, string En, bool City, string Successor)[] Former =
    [
        ("01", "Hà Nội", "Hanoi", true, "01"),
        ("02", "Hà Giang", "Ha Giang", false, "08"),
        ("04", "Cao Bằng", "Cao Bang", false, "04"),
        ("06", "Bắc Kạn", "Bac Kan", false, "19"),
        ("08", "Tuyên Quang", "Tuyen Quang", false, "08"),
        ("10", "Lào Cai", "Lao Cai", false, "15"),
        ("11", "Điện Biên", "Dien Bien", false, "11"),
        ("12", "Lai Châu", "Lai Chau", false, "12"),
        ("14", "Sơn La", "Son La", false, "14"),
        ("15", "Yên Bái", "Yen Bai", false, "15"),
        ("17", "Hòa Bình", "Hoa Binh", false, "25"),
        ("19", "Thái Nguyên", "Thai Nguyen", false, "19"),
        ("20", "Lạng Sơn", "Lang Son", false, "20"),
        ("22", "Quảng Ninh", "Quang Ninh", false, "22"),
        ("24", "Bắc Giang", "Bac Giang", false, "24"),
        ("25", "Phú Thọ", "Phu Tho", false, "25"),
        ("26", "Vĩnh Phúc", "Vinh Phuc", false, "25"),
        ("27", "Bắc Ninh", "Bac Ninh", false, "24"),
        ("30", "Hải Dương", "Hai Duong", false, "31"),
        ("31", "Hải Phòng", "Hai Phong", true, "31"),
        ("33", "Hưng Yên", "Hung Yen", false, "33"),
        ("34", "Thái Bình", "Thai Binh", false, "33"),
        ("35", "Hà Nam", "Ha Nam", false, "37"),
        ("36", "Nam Định", "Nam Dinh", false, "37"),
        ("37", "Ninh Bình", "Ninh Binh", false, "37"),
        ("38", "Thanh Hóa", "Thanh Hoa", false, "38"),
        ("40", "Nghệ An", "Nghe An", false, "40"),
        ("42", "Hà Tĩnh", "Ha Tinh", false, "42"),
        ("44", "Quảng Bình", "Quang Binh", false, "44"),
        ("45", "Quảng Trị", "Quang Tri", false, "44"),
        ("46", "Huế", "Hue", true, "46"),
        ("48", "Đà Nẵng", "Da Nang", true, "48"),
        ("49", "Quảng Nam", "Quang Nam", false, "48"),
        ("51", "Quảng Ngãi", "Quang Ngai", false, "51"),
        ("52", "Bình Định", "Binh Dinh", false, "52"),
        ("54", "Phú Yên", "Phu Yen", false, "66"),
        ("56", "Khánh Hòa", "Khanh Hoa", false, "56"),
        ("58", "Ninh Thuận", "Ninh Thuan", false, "56"),
        ("60", "Bình Thuận", "Binh Thuan", false, "68"),
        ("62", "Kon Tum", "Kon Tum", false, "51"),
        ("64", "Gia Lai", "Gia Lai", false, "52"),
        ("66", "Đắk Lắk", "Dak Lak", false, "66"),
        ("67", "Đắk Nông", "Dak Nong", false, "68"),
        ("68", "Lâm Đồng", "Lam Dong", false, "68"),
        ("70", "Bình Phước", "Binh Phuoc", false, "75"),
        ("72", "Tây Ninh", "Tay Ninh", false, "80"),
        ("74", "Bình Dương", "Binh Duong", false, "79"),
        ("75", "Đồng Nai", "Dong Nai", false, "75"),
        ("77", "Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau", false, "79"),
        ("79", "Hồ Chí Minh", "Ho Chi Minh City", true, "79"),
        ("80", "Long An", "Long An", false, "80"),
        ("82", "Tiền Giang", "Tien Giang", false, "82"),
        ("83", "Bến Tre", "Ben Tre", false, "86"),
        ("84", "Trà Vinh", "Tra Vinh", false, "86"),
        ("86", "Vĩnh Long", "Vinh Long", false, "86"),
        ("87", "Đồng Tháp", "Dong Thap", false, "82"),
        ("89", "An Giang", "An Giang", false, "91"),
        ("91", "Kiên Giang", "Kien Giang", false, "91"),
        ("92", "Cần Thơ", "Can Tho", true, "92"),
        ("93", "Hậu Giang", "Hau Giang", false, "92"),
        ("94", "Sóc Trăng", "Soc Trang", false, "92"),
        ("95", "Bạc Liêu", "Bac Lieu", false, "96"),
        ("96", "Cà Mau", "Ca Mau", false, "96"),
    ];

    public static int CurrentId(string code) => int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);

    public static int FormerId(string code) => FormerIdOffset + CurrentId(code);

    /// <summary>All 97 rows, as plain objects for <c>HasData</c>.</summary>
    public static IReadOnlyList<Province> All()
    {
        var rows = new List<Province>(Current.Length + Former.Length);
        rows.AddRange(Current.Select(u => new Province
        {
            Id = CurrentId(u.Code),
            Code = u.Code,
            NameVi = u.Vi,
            NameEn = u.En,
            Kind = u.City ? ProvinceKind.Municipality : ProvinceKind.Province,
            ValidFrom = Province.MergerDate,
        }));
        rows.AddRange(Former.Select(u => new Province
        {
            Id = FormerId(u.Code),
            Code = u.Code,
            NameVi = u.Vi,
            NameEn = u.En,
            Kind = u.City ? ProvinceKind.Municipality : ProvinceKind.Province,
            ValidTo = LastFormerDay,
            SuccessorId = CurrentId(u.Successor),
        }));
        return rows;
    }

    /// <summary>Ids used by the demo data and tests.</summary>
    public static class Ids
    {
        public static readonly int KienGiang = FormerId("91");
        public static readonly int TraVinh = FormerId("84");
        public static readonly int BenTre = FormerId("83");
        public static readonly int HauGiang = FormerId("93");
        public static readonly int AnGiang = CurrentId("91");
        public static readonly int VinhLong = CurrentId("86");
        public static readonly int CanTho = CurrentId("92");
        public static readonly int DongThap = CurrentId("82");
        public static readonly int HoChiMinh = CurrentId("79");
    }
}

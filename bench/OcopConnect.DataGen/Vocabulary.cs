using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.DataGen;

/// <summary>One kind of OCOP product: the words it is sold under, its group and how it is packed and priced.</summary>
internal sealed record ProductKind(
    string Name, string NameEn, int GroupId, string[] Variants, string Unit, string[] Packaging, long MinPrice, long MaxPrice, string Feature);

/// <summary>
/// Word banks for generated data: real OCOP product words, places per today's province, brand words,
/// Vietnamese personal names and real buyer chains. Order matters: the generator draws from these
/// lists by index, so changing them changes every generated database (and its fingerprint).
/// </summary>
internal static class Vocabulary
{
    public static readonly ProductKind[] Products =
    [
        new("Nước mắm", "Fish sauce", ProductGroups.Condiments, ["cá cơm", "nhĩ", "truyền thống", "cá cơm than", "40 độ đạm", "rươi"], "chai",
            ["Chai thủy tinh 500 ml", "Chai nhựa PET 1 lít", "Can 5 lít", "Chai thủy tinh 250 ml"], 45_000, 350_000,
            "Ủ chượp trong thùng gỗ từ 12 đến 18 tháng, không chất bảo quản, độ đạm tự nhiên."),
        new("Mắm tôm", "Shrimp paste", ProductGroups.Condiments, ["Hậu Lộc", "đặc sản", "chua", "truyền thống"], "hũ",
            ["Hũ thủy tinh 200 g", "Hũ nhựa 500 g"], 30_000, 120_000, "Làm từ tôm moi tươi, phơi nắng và ủ chín theo cách truyền thống."),
        new("Mắm ruốc", "Fermented krill paste", ProductGroups.Condiments, ["Huế", "xào sả ớt", "truyền thống"], "hũ",
            ["Hũ thủy tinh 250 g", "Hũ nhựa 500 g"], 35_000, 110_000, "Ruốc biển tươi ủ muối, xay nhuyễn, đóng hũ kín."),
        new("Mắm cá linh", "Fermented linh fish", ProductGroups.Condiments, ["mùa nước nổi", "chưng", "kho"], "hũ",
            ["Hũ 500 g", "Hũ 1 kg"], 60_000, 180_000, "Cá linh mùa nước nổi ủ với thính gạo rang."),
        new("Gạo ST25", "ST25 rice", ProductGroups.RawAndPreprocessedFood, ["hữu cơ", "thơm", "ruộng tôm", "lúa tôm"], "túi",
            ["Túi 5 kg", "Túi 2 kg", "Túi hút chân không 1 kg"], 120_000, 250_000, "Giống lúa gạo ngon nhất thế giới năm 2019, hạt dài, cơm dẻo thơm mùi lá dứa."),
        new("Gạo nàng thơm", "Nang thom rice", ProductGroups.RawAndPreprocessedFood, ["Chợ Đào", "đặc sản", "hữu cơ"], "túi",
            ["Túi 5 kg", "Túi 10 kg"], 110_000, 260_000, "Hạt gạo nhỏ, trong, cơm mềm và thơm."),
        new("Gạo lứt huyết rồng", "Red brown rice", ProductGroups.RawAndPreprocessedFood, ["hữu cơ", "sấy", "rang"], "túi",
            ["Túi 1 kg", "Túi 2 kg"], 45_000, 120_000, "Gạo lứt đỏ giàu chất xơ, trồng theo hướng hữu cơ."),
        new("Mật hoa dừa", "Coconut nectar", ProductGroups.Condiments, ["nguyên chất", "cô đặc", "hữu cơ"], "chai",
            ["Chai thủy tinh 250 ml", "Chai thủy tinh 500 ml"], 70_000, 220_000, "Thu từ mật hoa của cây dừa, cô đặc ở nhiệt độ thấp, chỉ số đường huyết thấp."),
        new("Kẹo dừa", "Coconut candy", ProductGroups.ProcessedFood, ["sữa lá dứa", "đậu phộng", "sầu riêng", "ca cao", "truyền thống"], "hộp",
            ["Hộp giấy 400 g", "Túi 250 g", "Hộp quà 500 g"], 35_000, 95_000, "Nấu từ nước cốt dừa tươi và mạch nha, không phẩm màu."),
        new("Thạch dừa", "Coconut jelly", ProductGroups.ProcessedFood, ["sợi", "viên", "vị lá dứa"], "hộp",
            ["Hộp 500 g", "Túi 1 kg"], 25_000, 70_000, "Lên men tự nhiên từ nước dừa già."),
        new("Dầu dừa", "Coconut oil", ProductGroups.HerbalCosmetics, ["tinh khiết", "ép lạnh", "nguyên chất"], "chai",
            ["Chai 100 ml", "Chai 250 ml", "Chai 500 ml"], 60_000, 250_000, "Ép lạnh từ cơm dừa tươi, giữ nguyên vitamin E."),
        new("Tiêu đen", "Black pepper", ProductGroups.Condiments, ["hạt", "xay", "sọ", "hữu cơ"], "hũ",
            ["Hũ 100 g", "Túi 500 g", "Túi 1 kg"], 40_000, 350_000, "Hạt chắc, cay nồng, phơi nắng tự nhiên."),
        new("Tiêu đỏ", "Red pepper", ProductGroups.Condiments, ["chín cây", "sọ", "hữu cơ"], "hũ",
            ["Hũ 100 g", "Túi 250 g"], 60_000, 300_000, "Chỉ hái những chùm tiêu chín đỏ trên cây."),
        new("Khô cá lóc", "Dried snakehead fish", ProductGroups.ProcessedFood, ["một nắng", "đồng", "U Minh"], "túi",
            ["Túi 500 g", "Túi hút chân không 250 g"], 120_000, 450_000, "Cá lóc đồng làm sạch, ướp vừa ăn, phơi một nắng."),
        new("Khô cá dứa", "Dried basa fish", ProductGroups.ProcessedFood, ["một nắng", "tẩm gia vị"], "túi",
            ["Túi 500 g", "Túi 1 kg"], 150_000, 500_000, "Cá dứa vùng nước lợ, phơi một nắng."),
        new("Khô cá cơm", "Dried anchovy", ProductGroups.ProcessedFood, ["rim", "sấy giòn", "tẩm mè"], "túi",
            ["Túi 250 g", "Túi 500 g"], 70_000, 260_000, "Cá cơm tươi luộc nước biển, phơi khô tự nhiên."),
        new("Khô mực", "Dried squid", ProductGroups.ProcessedFood, ["câu", "một nắng", "nướng"], "túi",
            ["Túi 250 g", "Túi 500 g"], 250_000, 1_200_000, "Mực câu đánh bắt trong ngày, phơi trên giàn tre."),
        new("Trà Shan tuyết", "Shan tuyet tea", ProductGroups.Tea, ["cổ thụ", "búp", "bạch trà", "hồng trà"], "hộp",
            ["Hộp 100 g", "Hộp 200 g", "Túi 500 g"], 80_000, 900_000, "Búp trà từ những cây chè cổ thụ trên núi cao."),
        new("Trà xanh", "Green tea", ProductGroups.Tea, ["Tân Cương", "nõn tôm", "đinh", "móc câu"], "hộp",
            ["Hộp 100 g", "Túi 200 g", "Túi 500 g"], 60_000, 1_500_000, "Sao suốt thủ công, nước xanh, vị chát dịu, hậu ngọt."),
        new("Trà ô long", "Oolong tea", ProductGroups.Tea, ["hữu cơ", "đặc biệt", "sữa"], "hộp",
            ["Hộp 100 g", "Hộp 250 g"], 120_000, 600_000, "Lên men nhẹ, hương hoa tự nhiên."),
        new("Cà phê Robusta", "Robusta coffee", ProductGroups.CoffeeAndCocoa, ["rang xay", "hạt", "chín cây", "đặc biệt"], "túi",
            ["Túi 500 g", "Túi 250 g", "Túi 1 kg"], 90_000, 400_000, "Hái chín, sơ chế ướt, rang mộc không tẩm."),
        new("Cà phê Arabica", "Arabica coffee", ProductGroups.CoffeeAndCocoa, ["rang xay", "hạt", "honey", "đặc sản"], "túi",
            ["Túi 250 g", "Túi 500 g"], 120_000, 600_000, "Trồng ở độ cao trên 1.000 m, hương trái cây, vị chua thanh."),
        new("Ca cao", "Cocoa", ProductGroups.CoffeeAndCocoa, ["bột", "nguyên chất", "sô cô la đen"], "hộp",
            ["Hộp 200 g", "Túi 500 g"], 80_000, 300_000, "Hạt ca cao lên men, sấy và xay mịn."),
        new("Bánh tráng", "Rice paper", ProductGroups.ProcessedFood, ["phơi sương", "dẻo", "mè đen", "cuốn", "nướng"], "túi",
            ["Túi 500 g", "Túi 1 kg", "Xấp 20 bánh"], 25_000, 90_000, "Tráng tay từ gạo mới, phơi sương đêm nên dẻo và thơm."),
        new("Bánh pía", "Pia cake", ProductGroups.ProcessedFood, ["sầu riêng", "đậu xanh", "trứng muối"], "hộp",
            ["Hộp 4 cái", "Hộp 500 g"], 50_000, 150_000, "Vỏ nhiều lớp, nhân sầu riêng và đậu xanh."),
        new("Mật ong", "Honey", ProductGroups.ProcessedFood, ["hoa cà phê", "hoa nhãn", "rừng", "bạc hà", "tràm"], "chai",
            ["Chai 500 ml", "Chai 1 lít", "Hũ 250 g"], 120_000, 600_000, "Mật ong thu theo mùa hoa, không pha đường."),
        new("Hạt điều", "Cashew nuts", ProductGroups.ProcessedFood, ["rang muối", "vỏ lụa", "tẩm mật ong"], "hộp",
            ["Hộp 500 g", "Túi 250 g"], 120_000, 380_000, "Hạt điều loại W320 rang củi."),
        new("Bưởi da xanh", "Green-skin pomelo", ProductGroups.FreshFood, ["ruột hồng", "VietGAP", "loại 1"], "kg",
            ["Trái 1,2–2 kg", "Thùng 10 kg"], 40_000, 80_000, "Vỏ xanh, múi hồng, ngọt thanh, không hạt."),
        new("Xoài cát Hòa Lộc", "Hoa Loc mango", ProductGroups.FreshFood, ["VietGAP", "loại 1", "xuất khẩu"], "kg",
            ["Thùng 5 kg", "Thùng 10 kg"], 50_000, 120_000, "Thịt vàng, ngọt đậm, thơm."),
        new("Thanh long ruột đỏ", "Red dragon fruit", ProductGroups.FreshFood, ["VietGAP", "GlobalGAP"], "kg",
            ["Thùng 5 kg", "Thùng 10 kg"], 20_000, 60_000, "Trồng theo quy trình VietGAP."),
        new("Sầu riêng", "Durian", ProductGroups.FreshFood, ["Ri6", "Monthong", "Cái Mơn"], "kg",
            ["Trái 2–4 kg"], 70_000, 200_000, "Cơm vàng, hạt lép, béo ngọt."),
        new("Vải thiều", "Lychee", ProductGroups.FreshFood, ["Lục Ngạn", "sấy khô", "VietGAP"], "kg",
            ["Thùng 5 kg", "Túi 1 kg"], 30_000, 150_000, "Quả đỏ, cùi dày, hạt nhỏ."),
        new("Nhãn", "Longan", ProductGroups.FreshFood, ["lồng", "sấy", "xuồng cơm vàng"], "kg",
            ["Thùng 5 kg", "Túi 500 g"], 30_000, 180_000, "Cùi dày, ngọt sắc."),
        new("Cam sành", "King orange", ProductGroups.FreshFood, ["Hàm Yên", "VietGAP", "loại 1"], "kg",
            ["Thùng 10 kg"], 20_000, 50_000, "Vỏ sần, nhiều nước, vị ngọt đậm."),
        new("Rượu nếp cẩm", "Black sticky rice wine", ProductGroups.AlcoholicBeverages, ["men lá", "ủ lâu năm"], "chai",
            ["Chai 500 ml", "Chai 750 ml"], 80_000, 350_000, "Nấu từ nếp cẩm và men lá rừng, ủ trong chum sành."),
        new("Rượu sim", "Rose myrtle wine", ProductGroups.AlcoholicBeverages, ["rừng", "Phú Quốc", "ngâm"], "chai",
            ["Chai 500 ml", "Chai 750 ml"], 90_000, 300_000, "Trái sim rừng chín ngâm và lên men tự nhiên."),
        new("Rượu cần", "Tube wine", ProductGroups.AlcoholicBeverages, ["men lá", "ché"], "ché",
            ["Ché 2 lít", "Ché 5 lít"], 150_000, 600_000, "Rượu của đồng bào Tây Nguyên, uống bằng cần trúc."),
        new("Nước cốt dừa", "Coconut milk", ProductGroups.NonAlcoholicBeverages, ["đóng lon", "nguyên chất"], "lon",
            ["Lon 400 ml", "Hộp 1 lít"], 20_000, 60_000, "Ép từ dừa khô chọn lọc."),
        new("Nước ép", "Juice", ProductGroups.NonAlcoholicBeverages, ["chanh dây", "mãng cầu", "dứa", "thanh long"], "chai",
            ["Chai 330 ml", "Chai 1 lít"], 20_000, 80_000, "Ép tươi, thanh trùng nhanh, không đường hóa học."),
        new("Sâm Ngọc Linh", "Ngoc Linh ginseng", ProductGroups.HerbalMedicines, ["tươi", "ngâm mật ong", "cao"], "hộp",
            ["Hộp 100 g", "Hộp quà"], 2_000_000, 30_000_000, "Trồng dưới tán rừng trên núi Ngọc Linh."),
        new("Cao dược liệu", "Herbal extract", ProductGroups.HerbalMedicines, ["actiso", "đinh lăng", "chè dây", "xạ đen"], "hộp",
            ["Hộp 100 g", "Hũ 200 g"], 150_000, 900_000, "Chiết xuất và cô đặc từ dược liệu trồng tại địa phương."),
        new("Tinh dầu", "Essential oil", ProductGroups.HerbalCosmetics, ["tràm", "sả chanh", "quế", "bưởi", "hồi"], "chai",
            ["Chai 10 ml", "Chai 50 ml", "Chai 100 ml"], 50_000, 350_000, "Chưng cất hơi nước từ lá và vỏ tươi."),
        new("Trà thảo dược", "Herbal tea", ProductGroups.HerbalTeas, ["atiso", "hoa cúc", "gừng", "lá sen", "cà gai leo"], "hộp",
            ["Hộp 20 túi lọc", "Hộp 100 g"], 40_000, 200_000, "Phối trộn từ thảo dược sấy lạnh."),
        new("Chiếu cói", "Sedge mat", ProductGroups.CraftsAndHousehold, ["Nga Sơn", "in hoa", "dệt tay"], "chiếc",
            ["Chiếc 1,6 m", "Chiếc 1,8 m"], 150_000, 700_000, "Dệt thủ công từ cói phơi khô."),
        new("Giỏ lục bình", "Water hyacinth basket", ProductGroups.CraftsAndHousehold, ["đan tay", "có nắp", "trang trí"], "chiếc",
            ["Bộ 3 chiếc", "Chiếc cỡ lớn"], 80_000, 450_000, "Đan tay từ thân lục bình phơi khô."),
        new("Nón lá", "Conical hat", ProductGroups.CraftsAndHousehold, ["bài thơ", "Chuông", "truyền thống"], "chiếc",
            ["Chiếc"], 50_000, 250_000, "Lá cọ phơi sương, khâu tay nhiều lớp."),
        new("Gốm", "Pottery", ProductGroups.CraftsAndHousehold, ["men rạn", "Bát Tràng", "Bàu Trúc", "vẽ tay"], "bộ",
            ["Bộ ấm chén", "Bình hoa", "Bộ 6 chiếc"], 200_000, 3_000_000, "Nặn tay, nung củi theo lối truyền thống."),
        new("Mây tre đan", "Bamboo and rattan ware", ProductGroups.CraftsAndHousehold, ["khay", "đèn", "giỏ"], "chiếc",
            ["Chiếc", "Bộ 3 chiếc"], 100_000, 900_000, "Tre, mây xử lý chống mốc, đan thủ công."),
        new("Thổ cẩm", "Brocade", ProductGroups.TextilesAndGarments, ["dệt tay", "khăn", "túi"], "chiếc",
            ["Chiếc", "Tấm 2 m"], 150_000, 1_500_000, "Dệt tay trên khung cửi với hoa văn của đồng bào."),
        new("Lụa tơ tằm", "Silk", ProductGroups.TextilesAndGarments, ["Vạn Phúc", "Tân Châu", "khăn"], "tấm",
            ["Tấm 2 m", "Khăn 1,6 m"], 300_000, 2_500_000, "Tơ tằm ươm thủ công, nhuộm màu tự nhiên."),
        new("Lan hồ điệp", "Phalaenopsis orchid", ProductGroups.Flowers, ["chậu", "5 cành", "3 cành"], "chậu",
            ["Chậu sứ"], 400_000, 3_000_000, "Nuôi cấy mô, ra hoa đúng Tết."),
        new("Mai vàng", "Yellow apricot blossom", ProductGroups.OrnamentalPlants, ["bonsai", "giảo", "cổ thụ"], "chậu",
            ["Chậu"], 500_000, 20_000_000, "Uốn tạo dáng nhiều năm."),
        new("Du lịch sinh thái", "Eco-tourism", ProductGroups.CommunityAndEcoTourism, ["miệt vườn", "cộng đồng", "làng nghề"], "vé",
            ["Vé người lớn", "Tour 1 ngày"], 50_000, 900_000, "Trải nghiệm làm vườn, nấu ăn cùng người dân và nghỉ tại nhà dân."),
    ];

    /// <summary>Well-known localities of each of today's 34 units (by code), including the former provinces it absorbed.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Places = new Dictionary<string, string[]>
    {
        ["01"] = ["Bát Tràng", "Vạn Phúc", "Đông Anh", "Sóc Sơn", "Ba Vì", "Chương Mỹ"],
        ["04"] = ["Trùng Khánh", "Hòa An", "Quảng Uyên", "Bảo Lạc"],
        ["08"] = ["Hà Giang", "Đồng Văn", "Mèo Vạc", "Chiêm Hóa", "Na Hang", "Hoàng Su Phì", "Hàm Yên"],
        ["11"] = ["Mường Thanh", "Tủa Chùa", "Mường Ảng"],
        ["12"] = ["Tam Đường", "Sìn Hồ", "Phong Thổ"],
        ["14"] = ["Mộc Châu", "Mai Sơn", "Yên Châu", "Thuận Châu"],
        ["15"] = ["Sa Pa", "Bắc Hà", "Yên Bái", "Văn Chấn", "Mù Cang Chải"],
        ["19"] = ["Tân Cương", "Đại Từ", "Bắc Kạn", "Ba Bể", "Định Hóa"],
        ["20"] = ["Bắc Sơn", "Cao Lộc", "Đình Lập", "Tràng Định"],
        ["22"] = ["Vân Đồn", "Tiên Yên", "Đầm Hà", "Móng Cái", "Cô Tô"],
        ["24"] = ["Bắc Giang", "Lục Ngạn", "Đông Hồ", "Yên Thế"],
        ["25"] = ["Thanh Sơn", "Vĩnh Phúc", "Hòa Bình", "Mai Châu", "Tam Đảo"],
        ["31"] = ["Cát Hải", "Hải Dương", "Thanh Hà", "Chí Linh", "Kiến Thụy"],
        ["33"] = ["Khoái Châu", "Thái Bình", "Tiên Lữ", "Văn Giang"],
        ["37"] = ["Kim Sơn", "Nam Định", "Hà Nam", "Giao Thủy", "Hải Hậu"],
        ["38"] = ["Hậu Lộc", "Nga Sơn", "Như Thanh", "Sầm Sơn", "Thọ Xuân"],
        ["40"] = ["Cửa Hội", "Nam Đàn", "Quỳnh Lưu", "Nghi Lộc", "Con Cuông"],
        ["42"] = ["Hương Khê", "Vũ Quang", "Cẩm Xuyên", "Can Lộc"],
        ["44"] = ["Quảng Bình", "Khe Sanh", "Vĩnh Linh", "Lệ Thủy", "Bố Trạch"],
        ["46"] = ["Hương Thủy", "Phong Điền", "Phú Vang", "A Lưới"],
        ["48"] = ["Nam Ô", "Hội An", "Quảng Nam", "Đại Lộc", "Trà My"],
        ["51"] = ["Sa Huỳnh", "Lý Sơn", "Kon Tum", "Ngọc Linh", "Bình Sơn"],
        ["52"] = ["Chư Sê", "Bình Định", "Tam Quan", "Pleiku", "An Nhơn"],
        ["56"] = ["Nha Trang", "Ninh Thuận", "Phan Rang", "Cam Ranh", "Vạn Ninh"],
        ["66"] = ["Buôn Ma Thuột", "Phú Yên", "Krông Pắc", "Sông Cầu", "Ea Kar"],
        ["68"] = ["Bảo Lộc", "Đà Lạt", "Phan Thiết", "Đắk Nông", "Di Linh"],
        ["75"] = ["Long Khánh", "Bình Phước", "Lộc Ninh", "Bù Đăng", "Tân Phú"],
        ["79"] = ["Củ Chi", "Bình Dương", "Bà Rịa", "Côn Đảo", "Cần Giờ"],
        ["80"] = ["Trảng Bàng", "Long An", "Bến Lức", "Gò Dầu", "Tân Biên"],
        ["82"] = ["Sa Đéc", "Tiền Giang", "Cái Bè", "Lai Vung", "Hòa Lộc"],
        ["86"] = ["Bến Tre", "Trà Vinh", "Cầu Ngang", "Cầu Kè", "Chợ Lách", "Mỏ Cày"],
        ["91"] = ["Phú Quốc", "Châu Đốc", "Kiên Giang", "Tri Tôn", "Hà Tiên"],
        ["92"] = ["Phong Điền", "Sóc Trăng", "Hậu Giang", "Vị Thanh", "Kế Sách"],
        ["96"] = ["U Minh", "Năm Căn", "Bạc Liêu", "Đầm Dơi", "Cái Nước"],
    };

    public static readonly string[] Brands =
    [
        "Hồng Phát", "Thanh Hà", "Sao Mai", "Phúc Lộc", "Tân Thành", "Hoàng Long", "Minh Tâm", "An Khang", "Việt Hương", "Kim Ngân",
        "Bảo Ngọc", "Đại Phát", "Hưng Thịnh", "Phú Quý", "Thành Đạt", "Ngọc Anh", "Quê Hương", "Đồng Xanh", "Mekong Xanh", "Nam Bộ",
        "Tây Bắc", "Sơn Trà", "Hòa Bình", "Thiên Phú", "Hải Đăng", "Trường Sơn", "Cửu Long", "Phương Nam", "Vạn Xuân", "Bình An",
        "Hương Quê", "Làng Việt", "Đất Lành", "Mỹ Hạnh", "Thanh Tâm", "Gia Bảo", "Phước Thịnh", "Tấn Lộc", "Hồng Ân", "Lúa Vàng",
        "Ba Miền", "Duyên Hải", "Sông Hậu", "Sông Tiền", "Tràm Chim", "Rừng Xanh", "Núi Cấm", "Bảy Núi", "Thất Sơn", "Hoa Sen",
        "Nông Trại Xanh", "Mùa Vàng", "Nắng Sớm", "Biển Xanh", "Sóng Biển", "Trúc Xanh", "Thảo Nguyên", "Kim Long", "Hương Sen", "Ánh Dương",
        "Tân Hiệp", "Hiệp Thành", "Đức Thành", "Quang Minh", "Minh Phát", "Thịnh Vượng", "An Phú", "Phú Hòa", "Long Hải", "Đông Á",
    ];

    public static readonly string[] FamilyNames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Tạ"];

    public static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hữu", "Đức", "Quốc", "Thị Thu", "Hoàng", "Kim", "Xuân"];

    public static readonly string[] GivenNames =
    [
        "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc",
        "Phương", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Yến", "Khoa", "Nhung", "Tùng", "Hiếu",
    ];

    public static readonly string[] Grades = ["loại đặc biệt", "loại 1", "hảo hạng", "cao cấp", "hữu cơ", "truyền thống", "đặc sản", "xuất khẩu"];

    /// <summary>Real retail chains and trade centres, then generated distributors and exporters.</summary>
    public static readonly (string Name, PartnerKind Kind)[] KnownBuyers =
    [
        ("Saigon Co.op (Co.opmart)", PartnerKind.RetailChain),
        ("Bách hóa Xanh", PartnerKind.RetailChain),
        ("WinMart", PartnerKind.Supermarket),
        ("Lotte Mart Việt Nam", PartnerKind.Supermarket),
        ("MM Mega Market Việt Nam", PartnerKind.Supermarket),
        ("AEON Việt Nam", PartnerKind.Supermarket),
        ("Tổng công ty Thương mại Sài Gòn (Satra)", PartnerKind.RetailChain),
        ("Hapro", PartnerKind.TradeCentre),
        ("GO! Việt Nam", PartnerKind.Supermarket),
        ("Emart Việt Nam", PartnerKind.Supermarket),
    ];

    public static readonly string[] DelegationTitles =
        ["Giám đốc Sở Công Thương", "Phó Giám đốc Sở Công Thương", "Phó Chủ tịch UBND tỉnh", "Trưởng phòng Quản lý thương mại", "Phó Giám đốc Sở Nông nghiệp và Môi trường"];

    public static readonly string[] MemberTitles =
        ["Chuyên viên", "Trưởng phòng", "Phó trưởng phòng", "Cán bộ Trung tâm Xúc tiến thương mại", "Đại diện chủ thể OCOP"];

    public static readonly string[] ConferenceThemes =
    [
        "Hội nghị kết nối giao thương sản phẩm OCOP",
        "Hội nghị kết nối cung cầu sản phẩm OCOP và đặc sản vùng miền",
        "Hội chợ và Hội nghị xúc tiến thương mại sản phẩm OCOP",
        "Hội nghị kết nối tiêu thụ nông sản và sản phẩm OCOP",
    ];
}

using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Seed;

/// <summary>
/// Product groups of the OCOP criteria. The 2023 set (Decision 148/QĐ-TTg) has six groups with
/// sub-groups; the 2019 set (Decision 1048/QĐ-TTg) is kept by name for older certificates.
/// Ids: 2023 groups 1–6, their sub-groups group×100 + n; 2019 groups 901–906.
/// </summary>
public static class ProductGroups
{
    public const int Food = 1;
    public const int Beverages = 2;
    public const int Herbs = 3;
    public const int Handicrafts = 4;
    public const int OrnamentalPlantsAndAnimals = 5;
    public const int TourismServices = 6;

    public const int FreshFood = 101;
    public const int RawAndPreprocessedFood = 102;
    public const int ProcessedFood = 103;
    public const int Condiments = 104;
    public const int Tea = 105;
    public const int CoffeeAndCocoa = 106;
    public const int AlcoholicBeverages = 201;
    public const int NonAlcoholicBeverages = 202;
    public const int HerbalMedicines = 301;
    public const int HerbalCosmetics = 302;
    public const int HerbalTeas = 303;
    public const int OtherHerbalProducts = 304;
    public const int CraftsAndHousehold = 401;
    public const int TextilesAndGarments = 402;
    public const int Flowers = 501;
    public const int OrnamentalPlants = 502;
    public const int OrnamentalAnimals = 503;
    public const int CommunityAndEcoTourism = 601;

    public const int Food2019 = 901;

    public static IReadOnlyList<ProductGroup> All() =>
    [
        Group(Food, "1", "Thực phẩm", "Food"),
        Group(Beverages, "2", "Đồ uống", "Beverages"),
        Group(Herbs, "3", "Thảo dược", "Herbs and herbal products"),
        Group(Handicrafts, "4", "Thủ công mỹ nghệ", "Handicrafts"),
        Group(OrnamentalPlantsAndAnimals, "5", "Sinh vật cảnh", "Ornamental plants and animals"),
        Group(TourismServices, "6", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "Community, eco- and rural tourism services"),

        Sub(FreshFood, Food, "1.1", "Thực phẩm tươi sống", "Fresh produce"),
        Sub(RawAndPreprocessedFood, Food, "1.2", "Thực phẩm thô, sơ chế", "Raw and pre-processed food"),
        Sub(ProcessedFood, Food, "1.3", "Thực phẩm chế biến", "Processed food"),
        Sub(Condiments, Food, "1.4", "Gia vị", "Condiments and spices"),
        Sub(Tea, Food, "1.5", "Chè và sản phẩm từ chè", "Tea and tea products"),
        Sub(CoffeeAndCocoa, Food, "1.6", "Cà phê, ca cao", "Coffee and cocoa"),
        Sub(AlcoholicBeverages, Beverages, "2.1", "Đồ uống có cồn", "Alcoholic beverages"),
        Sub(NonAlcoholicBeverages, Beverages, "2.2", "Đồ uống không cồn", "Non-alcoholic beverages"),
        Sub(HerbalMedicines, Herbs, "3.1", "Thực phẩm chức năng, thuốc từ dược liệu", "Supplements and herbal medicines"),
        Sub(HerbalCosmetics, Herbs, "3.2", "Mỹ phẩm từ thảo dược", "Herbal cosmetics"),
        Sub(HerbalTeas, Herbs, "3.3", "Trà thảo dược", "Herbal teas"),
        Sub(OtherHerbalProducts, Herbs, "3.4", "Sản phẩm khác từ thảo dược", "Other herbal products"),
        Sub(CraftsAndHousehold, Handicrafts, "4.1", "Thủ công mỹ nghệ, gia dụng, trang trí", "Crafts, household and decorative items"),
        Sub(TextilesAndGarments, Handicrafts, "4.2", "Dệt may", "Textiles and garments"),
        Sub(Flowers, OrnamentalPlantsAndAnimals, "5.1", "Hoa", "Flowers"),
        Sub(OrnamentalPlants, OrnamentalPlantsAndAnimals, "5.2", "Cây cảnh", "Ornamental plants"),
        Sub(OrnamentalAnimals, OrnamentalPlantsAndAnimals, "5.3", "Động vật cảnh", "Ornamental animals"),
        Sub(CommunityAndEcoTourism, TourismServices, "6.1", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "Community tourism, eco-tourism and tourist sites"),

        Old(Food2019, "1", "Thực phẩm", "Food"),
        Old(902, "2", "Đồ uống", "Beverages"),
        Old(903, "3", "Thảo dược", "Herbs"),
        Old(904, "4", "Vải và may mặc", "Textiles and garments"),
        Old(905, "5", "Lưu niệm - nội thất - trang trí", "Souvenirs, furniture and decoration"),
        Old(906, "6", "Dịch vụ du lịch nông thôn, bán hàng", "Rural tourism services and sales"),
    ];

    private static ProductGroup Group(int id, string code, string vi, string en) =>
        new() { Id = id, Code = code, NameVi = vi, NameEn = en, Criteria = CriteriaVersion.Ocop2023 };

    private static ProductGroup Sub(int id, int parent, string code, string vi, string en) =>
        new() { Id = id, ParentId = parent, Code = code, NameVi = vi, NameEn = en, Criteria = CriteriaVersion.Ocop2023 };

    private static ProductGroup Old(int id, string code, string vi, string en) =>
        new() { Id = id, Code = code, NameVi = vi, NameEn = en, Criteria = CriteriaVersion.Ocop2019 };
}

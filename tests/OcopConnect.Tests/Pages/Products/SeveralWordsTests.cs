using System.Text.Json;
using AngleSharp.Dom;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Products;

/// <summary>
/// People type several words in any order, mixing product, place and producer (issue 24): every word must
/// match somewhere in the product's names or description, its group, its producer or its province (today's
/// and former names), and the products whose names hold more of the words come first.
/// </summary>
public sealed class SeveralWordsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Fixture.CreateDbContext();
        var cauNgang = new Enterprise
        {
            Name = "Hợp tác xã Nông nghiệp Cầu Ngang", Slug = "htx-cau-ngang", TaxCode = "9911000001",
            ProvinceId = AdministrativeUnits.Ids.TraVinh, Kind = EnterpriseKind.Cooperative,
        };
        var bienXanh = new Enterprise
        {
            Name = "Công ty TNHH Biển Xanh", Slug = "cty-bien-xanh", TaxCode = "9911000002",
            ProvinceId = AdministrativeUnits.Ids.KienGiang, Kind = EnterpriseKind.Company,
        };
        db.Enterprises.AddRange(cauNgang, bienXanh);
        await db.SaveChangesAsync();
        Product Item(Enterprise e, string slug, string name, int group, string? description = null) => new()
        {
            EnterpriseId = e.Id, Slug = slug, NameVi = name, ProductGroupId = group, DescriptionVi = description, IsPublished = true,
        };
        db.Products.AddRange(
            // Neither the name nor the description says where it comes from: its producer's province does.
            Item(cauNgang, "gao-thom-huu-co", "Gạo thơm hữu cơ", ProductGroups.RawAndPreprocessedFood, "Hạt dài, cơm dẻo."),
            Item(cauNgang, "gao-nep-tra-vinh", "Gạo nếp Trà Vinh", ProductGroups.RawAndPreprocessedFood),
            Item(cauNgang, "dau-phong-rang-muoi", "Đậu phộng rang muối", ProductGroups.ProcessedFood),
            Item(cauNgang, "banh-pia", "Bánh pía", ProductGroups.ProcessedFood, "Nhân đậu xanh, vỏ làm từ bột gạo."),
            // Its group (Đồ uống có cồn, under Đồ uống) is the only place that says "đồ uống".
            Item(cauNgang, "ruou-nep-than", "Rượu nếp than", ProductGroups.AlcoholicBeverages),
            Item(bienXanh, "nuoc-mam-ca-com", "Nước mắm cá cơm", ProductGroups.Condiments, "Đặc sản Phú Quốc."));
        await db.SaveChangesAsync();
    }

    private async Task<List<string>> SlugsAsync(string q)
    {
        var page = await Fixture.App.CreateClient().GetDocumentAsync("/products?q=" + Uri.EscapeDataString(q));
        return Slugs(page);
    }

    private static List<string> Slugs(IDocument page) =>
        page.QuerySelectorAll("#results .card h2 a").Select(a => a.GetAttribute("href")!.Split('/')[^1]).ToList();

    [Theory]
    [InlineData("gao tra vinh")]
    [InlineData("tra vinh gao")]
    [InlineData("gạo Trà Vinh")]
    [InlineData("vinh long gao")]
    [InlineData("gao thom vinh long")]
    public async Task A_product_is_found_by_its_provinces_former_and_todays_name_with_words_in_any_order(string q)
    {
        var slugs = await SlugsAsync(q);

        Assert.Contains("gao-thom-huu-co", slugs);
        Assert.DoesNotContain("dau-phong-rang-muoi", slugs);
        Assert.DoesNotContain("nuoc-mam-ca-com", slugs);
    }

    [Fact]
    public async Task Products_whose_names_hold_more_of_the_words_come_first()
    {
        var slugs = await SlugsAsync("tra vinh gao");

        // "Gạo nếp Trà Vinh" has all three in its name, "Gạo thơm hữu cơ" one, "Bánh pía" none (its description says gạo).
        Assert.Equal(["gao-nep-tra-vinh", "gao-thom-huu-co", "banh-pia"], slugs);
    }

    [Fact]
    public async Task Words_of_the_group_name_count()
    {
        var slugs = await SlugsAsync("do uong tra vinh");

        Assert.Equal(["ruou-nep-than"], slugs);
    }

    [Theory]
    [InlineData("nuoc mam bien xanh")]
    [InlineData("bien xanh nuoc mam")]
    [InlineData("mam phu quoc kien giang")]
    public async Task Words_of_the_producer_and_the_description_count(string q)
    {
        Assert.Equal(["nuoc-mam-ca-com"], await SlugsAsync(q));
    }

    [Fact]
    public async Task A_typo_in_one_word_of_several_still_finds_it()
    {
        var slugs = await SlugsAsync("gao thomm tra vinh");

        Assert.Contains("gao-thom-huu-co", slugs);
    }

    [Fact]
    public async Task Every_word_must_match()
    {
        Assert.Empty(await SlugsAsync("gao phu quoc"));
    }

    [Theory]
    [InlineData("gao tra vinh", "gao-thom-huu-co")]
    [InlineData("bien xanh nuoc mam", "nuoc-mam-ca-com")]
    [InlineData("do uong vinh long", "ruou-nep-than")]
    public async Task The_open_data_api_uses_the_same_rule(string q, string slug)
    {
        using var json = JsonDocument.Parse(await Fixture.App.CreateClient().GetStringAsync("/api/v1/products?q=" + Uri.EscapeDataString(q)));

        var slugs = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Contains(slug, slugs);
    }
}

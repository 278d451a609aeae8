using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Buyer;

/// <summary>
/// A demand's keywords match whole Vietnamese words: typed with diacritics, only the same word ("dừa" is
/// coconut, not "dứa" pineapple nor "dưa" melon); typed without, any of them. Every word of a keyword must
/// match, in any order, and the reason names the word as the product spells it (issue 24).
/// </summary>
public sealed class MatchingWordsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Buyer = "thumua.tukhoa@example.org";
    private RegistrationWorld _world = null!;
    private int _partner;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
        await using var db = Fixture.CreateDbContext();
        _partner = await db.Partners.Where(p => p.TaxCode == DemoStory.BuyerPartnerTaxCode).Select(p => p.Id).SingleAsync();
        await Accounts.CreateAsync(Fixture.App, Buyer, Roles.Buyer, partnerId: _partner);

        // A producer of Bến Tre's submitted delegation whose own name says nothing about its products.
        var producer = new Enterprise
        {
            Name = "Hợp tác xã Thử nghiệm Giồng Trôm", Slug = "htx-thu-nghiem-giong-trom", TaxCode = "9912000001",
            ProvinceId = AdministrativeUnits.Ids.BenTre, Kind = EnterpriseKind.Cooperative,
        };
        db.Enterprises.Add(producer);
        await db.SaveChangesAsync();
        Product Item(string slug, string name, string? description = null) => new()
        {
            EnterpriseId = producer.Id, Slug = slug, NameVi = name, DescriptionVi = description, ProductGroupId = ProductGroups.ProcessedFood, IsPublished = true,
        };
        var products = new[]
        {
            Item("banh-dua-nuong", "Bánh dừa nướng"),
            Item("banh-nuong-nhan-dua", "Bánh nướng nhân dừa"),
            Item("banh-pia-sau-rieng", "Bánh pía sầu riêng"),
            Item("mut-dua-say-deo", "Mứt dứa sấy dẻo", "Dứa Cầu Đúc sấy dẻo, không đường."),
            Item("dua-hau-giong-trom", "Dưa hấu Giồng Trôm", "Trồng dựa theo quy trình VietGAP."),
            Item("ngao-hap-sa", "Ngao hấp sả"),
            Item("gao-lut-do", "Gạo lứt đỏ"),
        };
        db.Products.AddRange(products);
        await db.SaveChangesAsync();
        db.DelegationEnterprises.Add(new DelegationEnterprise { DelegationId = _world.CanTho, EnterpriseId = producer.Id });
        db.ExhibitedProducts.AddRange(products.Select(p => new ExhibitedProduct { DelegationId = _world.CanTho, ProductId = p.Id }));
        await db.SaveChangesAsync();
    }

    /// <summary>The suggestions of a new demand with these keywords, as the buyer sees them: product slug → reasons.</summary>
    private async Task<Dictionary<string, List<string>>> SuggestedAsync(string keywords)
    {
        int id;
        await using (var db = Fixture.CreateDbContext())
        {
            var demand = new BuyerDemand { PartnerId = _partner, ConferenceId = _world.Conference, Title = "Thử từ khóa " + keywords, Keywords = keywords };
            db.BuyerDemands.Add(demand);
            await db.SaveChangesAsync();
            id = demand.Id;
        }
        var buyer = await Fixture.App.SignedInAsync(Buyer);
        var page = await buyer.GetDocumentAsync($"/buyer/demands/{id}");
        return page.QuerySelectorAll("#suggestions ol.suggestions > li").ToDictionary(
            li => li.GetAttribute("data-product")!, li => li.QuerySelectorAll(".reasons li").Select(r => r.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task A_word_typed_with_diacritics_matches_only_the_same_word()
    {
        var suggested = await SuggestedAsync("dừa");

        Assert.Contains("Tên có “dừa”", suggested["banh-dua-nuong"]);
        Assert.Contains("Tên có “dừa”", suggested["banh-nuong-nhan-dua"]);
        // Pineapple (dứa), melon (dưa) and "dựa" (according to) are other words.
        Assert.DoesNotContain("mut-dua-say-deo", suggested.Keys);
        Assert.DoesNotContain("dua-hau-giong-trom", suggested.Keys);
    }

    [Fact]
    public async Task A_word_typed_without_diacritics_matches_every_spelling_and_says_which()
    {
        var suggested = await SuggestedAsync("dua");

        Assert.Contains("Tên có “dừa”", suggested["banh-dua-nuong"]);
        Assert.Contains("Tên có “dứa”", suggested["mut-dua-say-deo"]);
        Assert.Contains("Tên có “dưa”", suggested["dua-hau-giong-trom"]);
    }

    [Fact]
    public async Task A_word_never_matches_inside_another_word()
    {
        var suggested = await SuggestedAsync("gao");

        Assert.Contains("Tên có “gạo”", suggested["gao-lut-do"]);
        Assert.DoesNotContain("ngao-hap-sa", suggested.Keys);
    }

    [Fact]
    public async Task Every_word_of_a_keyword_must_match_in_any_order()
    {
        var suggested = await SuggestedAsync("dừa bánh");

        Assert.Contains("Tên có “dừa bánh”", suggested["banh-dua-nuong"]);
        Assert.Contains("Tên có “dừa bánh”", suggested["banh-nuong-nhan-dua"]);
        Assert.DoesNotContain("banh-pia-sau-rieng", suggested.Keys);
        Assert.DoesNotContain("mut-dua-say-deo", suggested.Keys);
    }

    [Fact]
    public async Task Words_may_match_the_description_or_the_province()
    {
        var suggested = await SuggestedAsync("dứa khô, dưa bến tre");

        // "không" is not "khô": the dried pineapple's description has neither word, so only its name's "dứa" is there.
        Assert.DoesNotContain("mut-dua-say-deo", suggested.Keys);
        Assert.Contains("Tên, mô tả, chủ thể, nhóm hoặc tỉnh có “dưa bến tre”", suggested["dua-hau-giong-trom"]);
    }

    [Fact]
    public async Task A_word_of_the_description_gives_the_description_reason()
    {
        var suggested = await SuggestedAsync("dựa");

        Assert.Contains("Mô tả có “dựa”", suggested["dua-hau-giong-trom"]);
        Assert.DoesNotContain("banh-dua-nuong", suggested.Keys);
        Assert.DoesNotContain("mut-dua-say-deo", suggested.Keys);
    }
}

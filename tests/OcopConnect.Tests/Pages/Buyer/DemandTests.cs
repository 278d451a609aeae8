using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Buyer;

/// <summary>Buyers post demands; the portal suggests exhibited products that fit, with the reasons; producers see the buyers that fit them.</summary>
public sealed class DemandTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Buyer = "thumua.xanhmekong@example.org";
    private const string OtherBuyer = "thumua.khac@example.org";
    private RegistrationWorld _world = null!;
    private int _coconutDemand;
    private int _partner;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
        await using var db = Fixture.CreateDbContext();
        _partner = await db.Partners.Where(p => p.TaxCode == DemoStory.BuyerPartnerTaxCode).Select(p => p.Id).SingleAsync();
        var other = await db.Partners.Where(p => p.TaxCode != DemoStory.BuyerPartnerTaxCode).Select(p => p.Id).FirstAsync();
        _coconutDemand = await db.BuyerDemands.Where(d => d.PartnerId == _partner && d.Title.StartsWith("Khóm và trái cây")).Select(d => d.Id).SingleAsync();
        await CreateBuyerAsync(Buyer, _partner);
        await CreateBuyerAsync(OtherBuyer, other);
    }

    private async Task CreateBuyerAsync(string email, int partner) => await Accounts.CreateAsync(Fixture.App, email, Roles.Buyer, partnerId: partner);

    [Fact]
    public async Task Suggestions_fit_the_demand_and_say_why()
    {
        var buyer = await Fixture.App.SignedInAsync(Buyer);

        var page = await buyer.GetDocumentAsync($"/buyer/demands/{_coconutDemand}");
        var items = page.QuerySelectorAll("#suggestions ol.suggestions > li").ToList();

        Assert.NotEmpty(items);
        var candy = items.Single(li => li.GetAttribute("data-product") == "khom-cau-duc");
        var reasons = candy.QuerySelectorAll(".reasons li").Select(r => r.TextContent).ToList();
        Assert.Contains(reasons, r => r.Contains("Tên có “khóm”", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("yêu cầu từ 4 sao", StringComparison.Ordinal));
        await using var db = Fixture.CreateDbContext();
        var conference = await db.Conferences.SingleAsync(c => c.Id == _world.Conference);
        var suggested = items.Select(li => li.GetAttribute("data-product")!).ToList();
        // Only products of delegations that have submitted: Trà Vinh's draft is not offered.
        var traVinhDraft = await db.ExhibitedProducts.Where(ep => ep.DelegationId == _world.VinhLong).Select(ep => ep.Product!.Slug).ToListAsync();
        Assert.Empty(suggested.Intersect(traVinhDraft));
        // Every suggestion holds at least 4 stars on the conference's first day.
        foreach (var slug in suggested)
        {
            var certificates = await db.Certificates.Where(c => c.Product!.Slug == slug).ToListAsync();
            Assert.True(OcopCertificate.RatingOn(certificates, conference.StartDate)?.Stars >= 4, slug);
        }
    }

    [Fact]
    public async Task A_buyer_posts_a_demand_for_their_own_organisation_only()
    {
        var buyer = await Fixture.App.SignedInAsync(Buyer);
        var form = await buyer.GetDocumentAsync("/buyer");
        var otherPartner = await OtherPartnerAsync();

        var response = await buyer.PostFormAsync(form, "/buyer", new()
        {
            ["Input.ConferenceId"] = _world.Conference.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.PartnerId"] = otherPartner.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Title"] = "Khóm cho quầy trái cây", ["Input.Keywords"] = "khóm", ["Input.MinStars"] = "3",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(_partner, await db.BuyerDemands.Where(d => d.Title == "Khóm cho quầy trái cây").Select(d => d.PartnerId).SingleAsync());
    }

    private async Task<int> OtherPartnerAsync()
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Users.Where(u => u.Email == OtherBuyer).Select(u => u.PartnerId!.Value).SingleAsync();
    }

    [Fact]
    public async Task Another_buyer_can_neither_see_nor_change_the_demand()
    {
        var other = await Fixture.App.SignedInAsync(OtherBuyer);
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var get = await other.GetAsync($"/buyer/demands/{_coconutDemand}");
        var post = await other.PostWithTokenAsync($"/buyer/demands/{_coconutDemand}", new() { ["Input.Title"] = "Sửa trộm", ["Input.Version"] = "0" }, "/buyer");
        var delete = await other.PostWithTokenAsync($"/buyer/demands/{_coconutDemand}?handler=Delete", [], "/buyer");
        var list = await other.GetDocumentAsync("/buyer");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { get.StatusCode, post.StatusCode, delete.StatusCode });
        Assert.Empty(list.QuerySelectorAll("#demands tbody tr"));
        var after = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);
        Assert.Equal(before.Where(kv => kv.Key != "user_sessions"), after.Where(kv => kv.Key != "user_sessions"));
    }

    [Theory]
    [InlineData("Input.Title", "", "Vui lòng đặt tên cho nhu cầu")]
    [InlineData("Input.MinStars", "7", "Hạng sao tối thiểu là 3, 4 hoặc 5")]
    [InlineData("Input.TargetProvinceIds", "184", "không có trong danh mục hiện hành")]
    [InlineData("Input.ProductGroupIds", "103", "không thuộc Bộ tiêu chí OCOP")]
    [InlineData("Input.Frequency", "Daily", "không hợp lệ")]
    public async Task Bad_demand_input_is_explained_and_changes_nothing(string field, string value, string message)
    {
        var buyer = await Fixture.App.SignedInAsync(Buyer);
        var page = await buyer.GetDocumentAsync($"/buyer/demands/{_coconutDemand}");
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Khóm và trái cây đổi tên",
            ["Input.Version"] = page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
            [field] = value,
        };
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var response = await buyer.PostFormAsync(page, $"/buyer/demands/{_coconutDemand}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);
        Assert.Equal(before.Where(kv => kv.Key != "user_sessions"), after.Where(kv => kv.Key != "user_sessions"));
    }

    [Fact]
    public async Task A_producer_sees_the_buyers_whose_demands_fit_its_products()
    {
        await using var db = Fixture.CreateDbContext();
        var candyMaker = await db.Products.Where(p => p.Slug == "khom-cau-duc").Select(p => p.EnterpriseId).SingleAsync();
        await Accounts.CreateAsync(Fixture.App, "daidien.keodua@example.org", Roles.EnterpriseRep, enterpriseId: candyMaker);
        var rep = await Fixture.App.SignedInAsync("daidien.keodua@example.org");

        var page = await rep.GetDocumentAsync($"/manage/enterprises/{candyMaker}/buyers");

        var fit = Assert.Single(page.QuerySelectorAll(".buyer-fit"), f => f.TextContent.Contains("Khóm và trái cây", StringComparison.Ordinal));
        Assert.Contains("Hệ thống siêu thị Xanh Mê Kông", fit.TextContent, StringComparison.Ordinal);
        Assert.NotNull(fit.QuerySelector("[data-product='khom-cau-duc']"));
    }

    [Fact]
    public async Task An_organizer_adds_a_buyer_organisation_and_invites_its_representative()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var page = await organizer.GetDocumentAsync("/organize/partners");
        var added = await organizer.PostFormAsync(page, "/organize/partners", new() { ["Partner.Name"] = "Công ty Xuất khẩu Nông sản Sông Hậu", ["Partner.Kind"] = "Exporter", ["Partner.TaxCode"] = "9900000999" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var exporter = await db.Partners.SingleAsync(p => p.TaxCode == "9900000999");

        var invite = await organizer.PostWithTokenAsync("/organize/partners?handler=Invite", new()
        {
            ["Representative.PartnerId"] = exporter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Representative.Email"] = "xuatkhau@example.org", ["Representative.FullName"] = "Lê Văn Xuất",
        }, "/organize/partners");

        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var invitation = await db.Invitations.SingleAsync(i => i.Email == "xuatkhau@example.org");
        Assert.Equal((Roles.Buyer, (int?)exporter.Id, (int?)null), (invitation.Role, invitation.PartnerId, invitation.ProvinceId));
    }
}

using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Products;

/// <summary>
/// A product page lets a visitor act: the producer's public contact, and for a buyer a B2B meeting request
/// at the upcoming conference where the product is exhibited (Cần Thơ's delegation has submitted the Hỏa Tiến pineapple).
/// </summary>
public sealed class ContactAndMeetingTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Pineapple = "/products/khom-cau-duc";
    private const string Buyer = "thumua.sanpham@example.org";
    private const string GrowerRep = "daidien.khom.sanpham@example.org";
    private RegistrationWorld _world = null!;
    private int _grower;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
        await using var db = Fixture.CreateDbContext();
        var partner = await db.Partners.Where(p => p.TaxCode == DemoStory.BuyerPartnerTaxCode).Select(p => p.Id).SingleAsync();
        _grower = await db.Products.Where(p => p.Slug == "khom-cau-duc").Select(p => p.EnterpriseId).SingleAsync();
        await db.Enterprises.Where(e => e.Id == _grower).ExecuteUpdateAsync(s => s.SetProperty(e => e.Website, "https://khom.example.vn"));
        await Accounts.CreateAsync(Fixture.App, Buyer, Roles.Buyer, partnerId: partner);
        await Accounts.CreateAsync(Fixture.App, GrowerRep, Roles.EnterpriseRep, enterpriseId: _grower);
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_product_page_shows_the_producers_public_contact_but_not_its_tax_code()
    {
        var page = await Fixture.App.CreateClient().GetDocumentAsync(Pineapple);

        var contact = page.QuerySelector("section#contact");
        Assert.NotNull(contact);
        Assert.Equal("Liên hệ chủ thể", contact.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Xã Hỏa Tiến, thành phố Vị Thanh, tỉnh Hậu Giang", contact.TextContent, StringComparison.Ordinal);
        Assert.Equal("0293 000 0401", contact.QuerySelector("a[href='tel:02930000401']")!.TextContent.Trim());
        Assert.Equal("lienhe.9900000401@example.org", contact.QuerySelector("a[href='mailto:lienhe.9900000401@example.org']")!.TextContent.Trim());
        Assert.NotNull(contact.QuerySelector("a[href='https://khom.example.vn']"));
        Assert.DoesNotContain("9900000401", page.QuerySelector("main")!.TextContent.Replace("lienhe.9900000401", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_buyer_follows_the_meeting_link_to_a_request_form_with_the_producer_chosen_and_sends_it()
    {
        var buyer = await Fixture.App.SignedInAsync(Buyer);
        var page = await buyer.GetDocumentAsync(Pineapple);

        var action = page.QuerySelector("a[data-action='meeting-request']");
        Assert.NotNull(action);
        Assert.Equal("Đề nghị gặp B2B", action.TextContent.Trim());
        var form = await buyer.GetDocumentAsync(action.GetAttribute("href")!);
        Assert.Equal(Inv(_world.Conference), form.QuerySelector("select[name=conference] option[selected]")!.GetAttribute("value"));
        Assert.Equal(Inv(_grower), form.QuerySelector("form[method=post] select[name=enterpriseId] option[selected]")!.GetAttribute("value"));
        Assert.Contains("Khóm Cầu Đúc", form.QuerySelector("form[method=post] textarea[name=message]")!.TextContent, StringComparison.Ordinal);

        var request = form.QuerySelector("form[method=post][action*='handler=Request']")!;
        var sent = await buyer.PostFormAsync(form, request.GetAttribute("action")!, new()
        {
            ["enterpriseId"] = request.QuerySelector("select[name=enterpriseId] option[selected]")!.GetAttribute("value")!,
            ["message"] = request.QuerySelector("textarea[name=message]")!.TextContent,
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var meeting = await db.Meetings.SingleAsync();
        Assert.Equal((_world.Conference, _grower, MeetingSide.Buyer, MeetingStatus.Requested), (meeting.ConferenceId, meeting.EnterpriseId, meeting.RequestedBy, meeting.Status));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_offered_to_sign_in_to_request_a_meeting()
    {
        var page = await Fixture.App.CreateClient().GetDocumentAsync(Pineapple);

        Assert.Null(page.QuerySelector("a[data-action='meeting-request']"));
        var signIn = page.QuerySelector("a[data-action='meeting-sign-in']");
        Assert.NotNull(signIn);
        Assert.Equal("Đăng nhập để đề nghị gặp B2B", signIn.TextContent.Trim());
        Assert.Equal("/account/login?returnUrl=%2Fproducts%2Fkhom-cau-duc", signIn.GetAttribute("href"));
    }

    [Fact]
    public async Task The_producers_own_representative_is_not_offered_a_meeting_with_itself()
    {
        var rep = await Fixture.App.SignedInAsync(GrowerRep);
        var page = await rep.GetDocumentAsync(Pineapple);

        Assert.NotNull(page.QuerySelector("section#contact"));
        Assert.Null(page.QuerySelector("a[data-action='meeting-request']"));
        Assert.Null(page.QuerySelector("a[data-action='meeting-sign-in']"));
    }

    [Fact]
    public async Task A_buyer_is_told_when_the_product_is_at_no_upcoming_conference()
    {
        // An Giang's delegation was returned, not submitted: its fish sauce is exhibited at no upcoming conference.
        var buyer = await Fixture.App.SignedInAsync(Buyer);
        var page = await buyer.GetDocumentAsync("/products/nuoc-mam-truyen-thong-phu-quoc");

        Assert.Null(page.QuerySelector("a[data-action='meeting-request']"));
        Assert.Contains("chưa trưng bày tại hội nghị nào sắp diễn ra", page.QuerySelector("section#contact")!.TextContent, StringComparison.Ordinal);
    }
}
